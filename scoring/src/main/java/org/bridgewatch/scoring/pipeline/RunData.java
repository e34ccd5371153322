package org.bridgewatch.scoring.pipeline;

import java.util.Arrays;
import org.bridgewatch.scoring.contributors.NoteHistoryLookup;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.prep.PreparedRatings;
import org.bridgewatch.scoring.prep.ScorerSlice;
import org.bridgewatch.scoring.prep.SliceSelector;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.safeguards.RaterClusters;
import org.bridgewatch.scoring.topics.NoteTopics;

/**
 * What every scorer of one run shares, computed once before any model runs: the preprocessed
 * ratings, note topics, the two post-selection-filtered rating sets (prescoring and final scoring
 * apply different rater clusters), and the per-rater safeguard flags.
 *
 * @param prescoringRows preprocessed rating rows after the prescoring post-selection filter
 * @param finalRows preprocessed rating rows after the final-scoring post-selection filter
 * @param highVolume per participant: a high-volume rater
 * @param correlated per participant: a correlated rater, as final scoring flags them
 * @param currentStatusByNote the input history's currentStatus per note index
 */
public record RunData(
    ScoringInput input,
    ScoringOptions options,
    PreparedRatings prepared,
    NoteTopics topics,
    SliceSelector slices,
    RaterClusters clusters,
    int[] prescoringRows,
    int[] finalRows,
    boolean[] highVolume,
    boolean[] correlated,
    NoteHistoryLookup history,
    byte[] currentStatusByNote) {

  public int noteCount() {
    return input.notes().size;
  }

  public int participantCount() {
    return input.participants().size();
  }

  /**
   * The status-history notes a scorer of {@code slice} scores: its topic filter applies to the
   * history as to its ratings (the reference's _filter_input).
   */
  int[] historyNotes(ScorerSlice slice) {
    return Arrays.stream(ScoredNotesInput.historyNotes(input.statusHistory()))
        .filter(note -> !(slice.excludeTopics() && topics.hasTopic(note)))
        .filter(
            note ->
                slice.includedTopics().isEmpty()
                    || slice.includedTopics().contains(topics.topic(note)))
        .toArray();
  }

  /** currentStatus per note index from the input status history. */
  static byte[] currentStatuses(ScoringInput input) {
    return ScoredNotesInput.currentStatusByNote(input.statusHistory(), input.notes().size);
  }

  /** Rows whose rated note is in the notes file (models cannot score unknown notes). */
  static int[] knownNoteRows(ScoringInput input, int[] rows) {
    int[] note = input.ratings().note;
    return Arrays.stream(rows).filter(r -> note[r] >= 0).toArray();
  }
}
