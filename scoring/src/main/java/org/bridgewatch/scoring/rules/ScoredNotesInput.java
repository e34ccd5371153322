package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Inputs of {@link ScoredNotesCalculator#compute}, i.e. of one {@code compute_scored_notes} call.
 *
 * @param ratings the scorer's ratings (after its group/topic filter); all of them, not only the
 *     final-round ones
 * @param scoredNotes note indexes to score: the scorer's noteStatusHistory rows. Output rows follow
 *     this order
 * @param classificationByNote {@link NoteTable#classification}, indexed by note index
 * @param currentStatusByNote previous run's currentStatus per note index ({@link
 *     #currentStatusByNote(StatusHistoryTable, int)})
 * @param noteParams the model's note outputs
 * @param raterFactor the model's rater factor per participant index, NaN when absent. In the final
 *     round: the final-round rater parameters of raters also present in prescoring's output
 * @param options the scorer's thresholds
 * @param finalRound false in prescoring, true in final scoring
 * @param tagThresholds prescoring's per-tag thresholds (final round only, else null)
 * @param raterIncorrect prescoring's per-rater incorrect-tag counts (final round only, else null)
 * @param nowMillis the run's epoch millis for the 28-day count, or {@link Nulls#NO_TIME}
 */
public record ScoredNotesInput(
    RatingSlice ratings,
    int[] scoredNotes,
    byte[] classificationByNote,
    byte[] currentStatusByNote,
    ModelNoteParams noteParams,
    float[] raterFactor,
    RuleOptions options,
    boolean finalRound,
    TagThresholds tagThresholds,
    UserIncorrectRatio raterIncorrect,
    long nowMillis) {

  /** currentStatus of the status history, spread over note indexes (NO_CODE when none). */
  public static byte[] currentStatusByNote(StatusHistoryTable history, int noteCount) {
    byte[] out = new byte[noteCount];
    Arrays.fill(out, Nulls.NO_CODE);
    for (int i = 0; i < history.size; i++) {
      int note = history.note[i];
      if (note >= 0) {
        out[note] = history.currentStatus[i];
      }
    }
    return out;
  }

  /** The notes of the status history that are still in the notes file, in history order. */
  public static int[] historyNotes(StatusHistoryTable history) {
    return Arrays.stream(history.note).filter(n -> n >= 0).toArray();
  }
}
