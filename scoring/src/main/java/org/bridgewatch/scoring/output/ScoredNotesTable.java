package org.bridgewatch.scoring.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.io.OutputColumns;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.rules.NoteRatingStats;
import org.bridgewatch.scoring.rules.NoteRows;
import org.bridgewatch.scoring.rules.RatingSlice;

/** scored_notes.tsv: one row per note, ascending noteId. */
public final class ScoredNotesTable {
  private static final String[] STATUS_LABELS =
      Arrays.stream(NoteStatus.values()).map(Enum::name).toArray(String[]::new);
  private static final String[] CLASSIFICATION_LABELS =
      Arrays.stream(Classification.values()).map(Enum::name).toArray(String[]::new);

  private ScoredNotesTable() {}

  /** Rows of {@code meta} that are notes of the notes file, as note indexes in row order. */
  public static int[] noteRows(MetaScoringResult meta) {
    return Arrays.stream(meta.history.note).filter(n -> n >= 0).toArray();
  }

  /** Meta rows matching {@link #noteRows}. */
  static int[] metaRows(MetaScoringResult meta) {
    int[] out = new int[meta.size];
    int k = 0;
    for (int i = 0; i < meta.size; i++) {
      if (meta.history.note[i] >= 0) {
        out[k++] = i;
      }
    }
    return Arrays.copyOf(out, k);
  }

  public static OutputTable build(ScoringResult result) {
    MetaScoringResult meta = result.meta();
    NoteTable notes = result.input().notes();
    int[] metaRows = metaRows(meta);
    int[] noteOfRow = noteRows(meta);
    int rows = noteOfRow.length;
    OutputTable t = new OutputTable(rows);
    long[] noteId = new long[rows];
    long[] createdAt = new long[rows];
    byte[] classification = new byte[rows];
    byte[] finalStatus = new byte[rows];
    String[] metaRules = new String[rows];
    String[] decidedBy = new String[rows];
    String[] firstTag = new String[rows];
    String[] secondTag = new String[rows];
    long[] nmrStable = new long[rows];
    long[] currentStatusTime = new long[rows];
    for (int i = 0; i < rows; i++) {
      int n = noteOfRow[i];
      int m = metaRows[i];
      noteId[i] = notes.noteId[n];
      createdAt[i] = notes.createdAtMillis[n];
      classification[i] = notes.classification[n];
      finalStatus[i] = meta.finalRatingStatus[m];
      metaRules[i] = meta.metaScorerActiveRules[m];
      decidedBy[i] = meta.decidedBy[m];
      firstTag[i] = MetaScoringResult.tagName(meta.firstTag[m]);
      secondTag[i] = MetaScoringResult.tagName(meta.secondTag[m]);
      nmrStable[i] = result.newHistory().timestampMillisOfNmrDueToMinStableCrhTime[m];
      currentStatusTime[i] = result.newHistory().timestampMillisOfCurrentStatus[m];
    }
    t.int64("noteId", noteId)
        .codes("finalRatingStatus", finalStatus, STATUS_LABELS)
        .strings("firstTag", firstTag)
        .strings("secondTag", secondTag)
        .codes("classification", classification, CLASSIFICATION_LABELS)
        .int64("createdAtMillis", createdAt)
        .strings("metaScorerActiveRules", metaRules)
        .strings("decidedBy", decidedBy)
        .longAsFloat64("timestampMillisOfCurrentStatus", currentStatusTime, Nulls.NO_TIME)
        .longAsFloat64("timestampMillisOfNmrDueToMinStableCrhTime", nmrStable, Nulls.NO_TIME);
    t.nullableInt32("numRatings", allRatingStats(result, noteOfRow).numRatings);
    for (ScorerKind kind : ScorerKind.values()) {
      if (kind != ScorerKind.GAUSSIAN_GROUP) { // shares the group family's columns
        ModelNoteColumns.add(t, kind, familySources(result, kind), noteOfRow);
      }
    }
    return Columns.complete(t, OutputColumns.SCORED_NOTES);
  }

  /**
   * The scorers writing {@code family}'s columns: its MF models, then the other scorers' results
   * with the same column prefix (the noteTopic column names the topic of the scorer that kept the
   * note, as the reference coalesces it from the topic scorers' outputs).
   */
  static List<ModelNoteSource> familySources(ScoringResult result, ScorerKind family) {
    List<ModelNoteSource> out = new ArrayList<>();
    for (var model : result.models(family)) {
      out.add(ModelNoteSource.of(model));
    }
    for (ScorerResult r : result.additional()) {
      if (r.kind.columnPrefix.equals(family.columnPrefix)) {
        out.add(ModelNoteSource.of(r));
      }
    }
    return out;
  }

  /**
   * Rating counts per output row over every rating that reached final scoring (after the
   * post-selection-similarity filter), not only one model's: the reference computes numRatings and
   * the aux tag counts after all scorers ran (compute_note_stats in post-scoring).
   */
  static NoteRatingStats allRatingStats(ScoringResult result, int[] noteOfRow) {
    return NoteRatingStats.compute(
        new RatingSlice(result.input().ratings(), result.run().finalRows()),
        NoteRows.of(noteOfRow, result.input().notes().size),
        result.run().options().epochMillis());
  }
}
