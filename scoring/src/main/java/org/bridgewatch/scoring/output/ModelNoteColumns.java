package org.bridgewatch.scoring.output;

import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.MfScorerOutput;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;

/**
 * One model family's columns of scored_notes ({@code <prefix>NoteIntercept}, {@code
 * <prefix>RatingStatus}, ...). Group and topic families have one scorer per group or topic; each
 * note takes the values of the one scorer that kept it (the reference's coalesce_columns), so a
 * note with no such scorer stays empty. Columns the reference does not write for a family (e.g.
 * expansionPlusNoteInterceptMin) are dropped later by the header order.
 */
final class ModelNoteColumns {
  private static final String[] STATUS_LABELS =
      Arrays.stream(NoteStatus.values()).map(Enum::name).toArray(String[]::new);

  private ModelNoteColumns() {}

  static void add(OutputTable t, ScorerKind kind, List<MfScorerOutput> models, int[] noteOfRow) {
    if (models.isEmpty()) {
      return;
    }
    int rows = noteOfRow.length;
    MfScorerOutput[] source = new MfScorerOutput[rows];
    for (int i = 0; i < rows; i++) {
      int n = noteOfRow[i];
      for (MfScorerOutput m : models) {
        if (m.captured()[n] && m.status()[n] != Nulls.NO_CODE) {
          source[i] = m;
          break;
        }
      }
    }
    String p = kind.columnPrefix;
    byte[] status = new byte[rows];
    double[] numFinal = new double[rows];
    int[] modelingGroup = new int[rows];
    byte[] confident = new byte[rows];
    for (int i = 0; i < rows; i++) {
      MfScorerOutput m = source[i];
      int n = noteOfRow[i];
      status[i] = m == null ? Nulls.NO_CODE : m.status()[n];
      numFinal[i] = m == null || m.numFinalRoundRatings()[n] <= 0 ? Double.NaN
          : m.numFinalRoundRatings()[n];
      modelingGroup[i] = m == null ? Nulls.NO_INT : m.spec().groupId();
      confident[i] = m == null || m.topicNoteConfident() == null ? Nulls.NO_CODE
          : m.topicNoteConfident()[n];
    }
    t.float32(p + "NoteIntercept", floats(source, noteOfRow, MfScorerOutput::noteIntercept))
        .float32(p + "NoteFactor1", floats(source, noteOfRow, MfScorerOutput::noteFactor))
        .codes(p + "RatingStatus", status, STATUS_LABELS)
        .strings(p + "ActiveRules", strings(source, noteOfRow, MfScorerOutput::activeRules))
        .float32(p + "NoteInterceptMin", floats(source, noteOfRow, MfScorerOutput::interceptMin))
        .float32(p + "NoteInterceptMax", floats(source, noteOfRow, MfScorerOutput::interceptMax))
        .float64(p + "NumFinalRoundRatings", numFinal)
        .float32(
            p + "NoteInterceptNoHighVol",
            floats(source, noteOfRow, MfScorerOutput::interceptNoHighVol))
        .float32(
            p + "NoteInterceptNoCorrelated",
            floats(source, noteOfRow, MfScorerOutput::interceptNoCorrelated));
    switch (kind) {
      case CORE ->
          t.strings(
                  "activeFilterTags", strings(source, noteOfRow, MfScorerOutput::activeFilterTags))
              .float32(
                  "coreNoteInterceptPopulationSampled",
                  floats(source, noteOfRow, MfScorerOutput::interceptPopulationSampled));
      case GROUP -> t.intAsFloat64("modelingGroup", modelingGroup);
      case MULTI_GROUP -> t.intAsFloat64("modelingMultiGroup", modelingGroup);
      case TOPIC -> t.nullableBool("topicNoteConfident", confident);
      default -> {}
    }
  }

  private static float[] floats(
      MfScorerOutput[] source,
      int[] noteOfRow,
      java.util.function.Function<MfScorerOutput, float[]> column) {
    float[] out = new float[source.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = source[i] == null ? Float.NaN : column.apply(source[i])[noteOfRow[i]];
    }
    return out;
  }

  private static String[] strings(
      MfScorerOutput[] source,
      int[] noteOfRow,
      java.util.function.Function<MfScorerOutput, String[]> column) {
    String[] out = new String[source.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = source[i] == null ? null : column.apply(source[i])[noteOfRow[i]];
    }
    return out;
  }
}
