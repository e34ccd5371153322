package org.bridgewatch.scoring.output;

import java.util.Arrays;
import org.bridgewatch.scoring.io.OutputColumns;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.pipeline.MfScorerOutput;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.rules.NoteFeatures;
import org.bridgewatch.scoring.rules.NoteRatingStats;
import org.bridgewatch.scoring.rules.TagAggregates;

/**
 * aux_note_info.tsv: per note, the rating aggregates behind the rules and the meta-scoring flags.
 * Rows as scored_notes. As in the reference, the plain counts (tags, last 28 days, population
 * sampled) cover every final-scoring rating of the note, while the factor-weighted tag values,
 * incorrect-filter inputs and per-sign counts are the core model's (the only MF scorer that keeps
 * auxiliary columns).
 */
public final class AuxNoteInfoTable {
  private static final String[] STATUS_LABELS =
      Arrays.stream(NoteStatus.values()).map(Enum::name).toArray(String[]::new);

  private AuxNoteInfoTable() {}

  public static OutputTable build(ScoringResult result) {
    MetaScoringResult meta = result.meta();
    NoteTable notes = result.input().notes();
    ParticipantIndex ids = result.input().participants();
    int[] metaRows = ScoredNotesTable.metaRows(meta);
    int[] noteOfRow = ScoredNotesTable.noteRows(meta);
    int rows = noteOfRow.length;
    OutputTable t = new OutputTable(rows);
    long[] noteId = new long[rows];
    long[] createdAt = new long[rows];
    byte[] currentStatus = new byte[rows];
    byte[] unlocked = new byte[rows];
    byte[] preStabilization = new byte[rows];
    boolean[] awaiting = new boolean[rows];
    boolean[] crh = new boolean[rows];
    boolean[] crnh = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      int n = noteOfRow[i];
      int m = metaRows[i];
      noteId[i] = notes.noteId[n];
      createdAt[i] = notes.createdAtMillis[n];
      currentStatus[i] = result.newHistory().currentStatus[m];
      unlocked[i] = meta.unlockedRatingStatus[m];
      preStabilization[i] = meta.preStabilizationRatingStatus[m];
      awaiting[i] = meta.awaitingBool[m];
      crh[i] = meta.crhBool[m];
      crnh[i] = meta.crnhBool[m];
    }
    t.int64("noteId", noteId)
        .int64("createdAtMillis", createdAt)
        .strings("noteAuthorParticipantId", r -> ids.id(notes.author[noteOfRow[r]]))
        .bool("awaitingBool", awaiting)
        .codes("currentStatus", currentStatus, STATUS_LABELS)
        .bool("crhBool", crh)
        .bool("crnhBool", crnh)
        .codes("unlockedRatingStatus", unlocked, STATUS_LABELS)
        .codes("preStabilizationRatingStatus", preStabilization, STATUS_LABELS);
    NoteRatingStats all = ScoredNotesTable.allRatingStats(result, noteOfRow);
    t.nullableInt32("numRatingsLast28", all.numRatingsLast28)
        .nullableInt32("numPopulationSampledRatings", all.numPopulationSampledRatings);
    for (RatingTag tag : RatingTag.values()) {
      t.nullableInt32(tag.column, all.tagCounts[tag.ordinal()]);
    }
    if (result.core() != null) {
      addCoreFeatures(t, result.core(), noteOfRow);
    }
    return Columns.complete(t, OutputColumns.AUX_NOTE_INFO);
  }

  /** The core model's low-diligence intercept (the reference's lowDiligenceIntercept). */
  private static double[] lowDiligence(MfScorerOutput core, int[] noteOfRow, int[] src) {
    double[] out = new double[noteOfRow.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = src[i] < 0 ? Double.NaN : core.lowDiligenceIntercept()[noteOfRow[i]];
    }
    return out;
  }

  /** The core model's rating aggregates, for notes it scored and kept (capture threshold). */
  private static void addCoreFeatures(OutputTable t, MfScorerOutput core, int[] noteOfRow) {
    NoteFeatures f = core.scored().features();
    int[] featureRow = new int[core.status().length];
    Arrays.fill(featureRow, -1);
    for (int row = 0; row < f.size(); row++) {
      featureRow[f.note[row]] = row;
    }
    int rows = noteOfRow.length;
    int[] src = new int[rows];
    for (int i = 0; i < rows; i++) {
      src[i] = core.captured()[noteOfRow[i]] ? featureRow[noteOfRow[i]] : -1;
    }
    // The reference fills the per-sign counts of notes core did not score with 0.
    t.float32("ratingWeight", pick(f.tags.ratingWeight, src))
        .int32(
            "coreNegFactor_populationSampledRatingCount",
            zeroIfAbsent(pick(f.signs.negPopulationSampledCount, src)))
        .int32(
            "corePosFactor_populationSampledRatingCount",
            zeroIfAbsent(pick(f.signs.posPopulationSampledCount, src)));
    for (int k = 0; k < TagAggregates.TAGS.size(); k++) {
      RatingTag tag = TagAggregates.TAGS.get(k);
      t.float32(TagAggregates.adjustedColumn(tag), pick(f.tags.adjusted[k], src))
          .float32(TagAggregates.adjustedRatioColumn(tag), pick(f.tags.adjustedRatio[k], src));
    }
    if (core.lowDiligenceIntercept() != null) {
      t.float64("lowDiligenceIntercept", lowDiligence(core, noteOfRow, src));
    }
    t.nullableInt32("notHelpfulIncorrect_interval", pick(f.incorrect.incorrectInterval, src))
        .float64("p_incorrect_user_interval", pick(f.incorrect.incorrectRateSumInterval, src))
        .float64("num_voters_interval", pick(f.incorrect.numVotersInterval, src))
        .float64("tf_idf_incorrect_interval", pick(f.incorrect.tfIdfIncorrectInterval, src));
  }

  private static int[] zeroIfAbsent(int[] v) {
    int[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == Nulls.NO_INT) {
        out[i] = 0;
      }
    }
    return out;
  }

  private static float[] pick(float[] v, int[] src) {
    float[] out = new float[src.length];
    for (int i = 0; i < src.length; i++) {
      out[i] = src[i] < 0 ? Float.NaN : v[src[i]];
    }
    return out;
  }

  private static double[] pick(double[] v, int[] src) {
    double[] out = new double[src.length];
    for (int i = 0; i < src.length; i++) {
      out[i] = src[i] < 0 ? Double.NaN : v[src[i]];
    }
    return out;
  }

  private static int[] pick(int[] v, int[] src) {
    int[] out = new int[src.length];
    for (int i = 0; i < src.length; i++) {
      out[i] = src[i] < 0 ? Nulls.NO_INT : v[src[i]];
    }
    return out;
  }
}
