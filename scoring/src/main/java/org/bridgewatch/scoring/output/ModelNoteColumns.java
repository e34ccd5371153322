package org.bridgewatch.scoring.output;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;

/**
 * One model family's columns of scored_notes ({@code <prefix>NoteIntercept}, {@code
 * <prefix>RatingStatus}, ...). Group and topic families have one scorer per group or topic, MF and
 * Gaussian alike (GaussianGroupScorer_15 writes the group columns, GaussianTopicScorer the topic
 * ones); each note takes the values of the one scorer that kept it (the reference's
 * coalesce_columns), so a note with no such scorer stays empty. Columns the reference does not
 * write for a family (e.g. expansionPlusNoteInterceptMin) are dropped later by the header order.
 */
final class ModelNoteColumns {
  private static final String[] STATUS_LABELS =
      Arrays.stream(NoteStatus.values()).map(Enum::name).toArray(String[]::new);

  private ModelNoteColumns() {}

  /**
   * @param kind the family (its column prefix and family-specific columns)
   * @param sources the family's scorers, in coalescing order
   */
  static void add(OutputTable t, ScorerKind kind, List<ModelNoteSource> sources, int[] noteOfRow) {
    if (sources.isEmpty()) {
      return;
    }
    ModelNoteSource[] source = coalesce(sources, noteOfRow);
    int rows = noteOfRow.length;
    String p = kind.columnPrefix;
    byte[] status = new byte[rows];
    double[] numFinal = new double[rows];
    int[] modelingGroup = new int[rows];
    byte[] confident = new byte[rows];
    for (int i = 0; i < rows; i++) {
      ModelNoteSource m = source[i];
      int n = noteOfRow[i];
      status[i] = m == null ? Nulls.NO_CODE : m.status(n);
      numFinal[i] = m == null ? Double.NaN : m.numFinalRoundRatings(n);
      modelingGroup[i] = m == null ? Nulls.NO_INT : m.groupId();
      confident[i] = m == null ? Nulls.NO_CODE : m.topicNoteConfident(n);
    }
    t.float32(p + "NoteIntercept", floats(source, noteOfRow, ModelNoteSource::intercept))
        .float32(p + "NoteFactor1", floats(source, noteOfRow, ModelNoteSource::factor))
        .codes(p + "RatingStatus", status, STATUS_LABELS)
        .strings(p + "ActiveRules", strings(source, noteOfRow, ModelNoteSource::activeRules))
        .float32(p + "NoteInterceptMin", floats(source, noteOfRow, ModelNoteSource::interceptMin))
        .float32(p + "NoteInterceptMax", floats(source, noteOfRow, ModelNoteSource::interceptMax))
        .float64(p + "NumFinalRoundRatings", numFinal)
        .float32(
            p + "NoteInterceptNoHighVol",
            floats(source, noteOfRow, ModelNoteSource::interceptNoHighVol))
        .float32(
            p + "NoteInterceptNoCorrelated",
            floats(source, noteOfRow, ModelNoteSource::interceptNoCorrelated))
        .float32(
            p + "NoteInterceptPopulationSampled",
            floats(source, noteOfRow, ModelNoteSource::interceptPopulationSampled));
    switch (kind) {
      case CORE ->
          t.strings(
              "activeFilterTags", strings(source, noteOfRow, ModelNoteSource::activeFilterTags));
      case GROUP -> t.intAsFloat64("modelingGroup", modelingGroup);
      case MULTI_GROUP -> t.intAsFloat64("modelingMultiGroup", modelingGroup);
      case TOPIC ->
          t.nullableBool("topicNoteConfident", confident)
              .strings("noteTopic", strings(source, noteOfRow, (m, n) -> m.topic()));
      default -> {}
    }
  }

  /** Per output row, the first source keeping the note, or null. */
  private static ModelNoteSource[] coalesce(List<ModelNoteSource> sources, int[] noteOfRow) {
    ModelNoteSource[] out = new ModelNoteSource[noteOfRow.length];
    for (int i = 0; i < out.length; i++) {
      for (ModelNoteSource m : sources) {
        if (m.keeps(noteOfRow[i])) {
          out[i] = m;
          break;
        }
      }
    }
    return out;
  }

  @FunctionalInterface
  private interface FloatColumn {
    float get(ModelNoteSource source, int note);
  }

  private static float[] floats(ModelNoteSource[] source, int[] noteOfRow, FloatColumn column) {
    float[] out = new float[source.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = source[i] == null ? Float.NaN : column.get(source[i], noteOfRow[i]);
    }
    return out;
  }

  private static String[] strings(
      ModelNoteSource[] source,
      int[] noteOfRow,
      BiFunction<ModelNoteSource, Integer, String> column) {
    String[] out = new String[source.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = source[i] == null ? null : column.apply(source[i], noteOfRow[i]);
    }
    return out;
  }
}
