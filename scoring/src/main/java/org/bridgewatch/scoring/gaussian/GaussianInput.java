package org.bridgewatch.scoring.gaussian;

import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;

/**
 * Everything one Gaussian scorer reads (the reference's {@code FinalScoringArgs} as filtered by
 * the scorer). Per-participant arrays are indexed by participant index, per-note arrays by note
 * index, {@code helpfulNum} by rating-table row.
 *
 * @param ratings the shared rating table
 * @param rows the scorer's ratings after its population/topic filter and the post-selection
 *     similarity filter, preferably in {@link
 *     org.bridgewatch.scoring.safeguards.SafeguardSlices#order} (the order only affects rounding)
 * @param helpfulNum preprocessed helpfulNum (0, 0.5, 1) per rating-table row
 * @param notes the notes table (classification)
 * @param history the prior noteStatusHistory (current status, note authors)
 * @param scoredNotes note indexes of the scorer's noteStatusHistory rows, in history order: the
 *     notes the rules score (GaussianScorer: without topic notes)
 * @param captured per note: passes the capture threshold (at least half of the note's ratings,
 *     over all ratings, from in-population raters); null skips that filter
 * @param prescoring the core (or group) prescoring outputs
 * @param highVolumeRater per participant, or null when none is flagged
 * @param correlatedRater per participant, or null when none is flagged
 * @param tagThresholds prescoring's tag-filter thresholds
 * @param raterIncorrect prescoring's per-rater incorrect-tag counts
 * @param lowDiligence the low-diligence model, or null to leave out the FilterLowDiligence rule
 * @param nowMillis the run's epoch millis
 */
public record GaussianInput(
    RatingTable ratings,
    int[] rows,
    float[] helpfulNum,
    NoteTable notes,
    StatusHistoryTable history,
    int[] scoredNotes,
    boolean[] captured,
    CorePrescoring prescoring,
    boolean[] highVolumeRater,
    boolean[] correlatedRater,
    TagThresholds tagThresholds,
    UserIncorrectRatio raterIncorrect,
    LowDiligenceFit lowDiligence,
    long nowMillis) {

  int participantCount() {
    return prescoring.raterFactor().length;
  }
}
