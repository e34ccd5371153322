package org.bridgewatch.scoring.gaussian;

/**
 * What the Gaussian scorers read from the core prescoring model ({@code MFCoreScorer}'s
 * prescoring output for GaussianScorer and GaussianCoreWithTopicsScorer; the group model's for
 * GaussianGroupScorer). Per-participant arrays are indexed by participant index.
 *
 * @param raterIntercept final-round prescoring rater intercept, NaN when none
 * @param raterFactor final-round prescoring rater factor ({@code internalRaterFactor1}), NaN when
 *     none; a rater needs both intercept and factor to be used
 * @param aboveHelpfulnessThreshold {@code aboveHelpfulnessThreshold} (missing counts as false)
 * @param inRaterOutput whether the participant has a row in the prescoring rater output (counts
 *     toward numFinalRoundRatings), or null to count every rater
 * @param noteIntercept prescoring note intercept per note index (NaN when none), or null; only
 *     the start of the note-factor fit
 * @param noteFactor prescoring note factor per note index, or null
 * @param globalIntercept prescoring global intercept (frozen in the note-factor fit)
 * @param finalRoundNumRatings prescoring meta output; with finalRoundNumNotes sets the note
 *     regularization of the note-factor fit
 * @param finalRoundNumNotes prescoring meta output
 */
public record CorePrescoring(
    float[] raterIntercept,
    float[] raterFactor,
    boolean[] aboveHelpfulnessThreshold,
    boolean[] inRaterOutput,
    float[] noteIntercept,
    float[] noteFactor,
    float globalIntercept,
    double finalRoundNumRatings,
    double finalRoundNumNotes) {

  /** A rater with both prescoring parameters. */
  public boolean hasParams(int participant) {
    return !Float.isNaN(raterIntercept[participant]) && !Float.isNaN(raterFactor[participant]);
  }

  boolean counted(int participant) {
    return inRaterOutput == null || inRaterOutput[participant];
  }

  /** Whether the note-factor fit can run: needs the meta counts. */
  boolean canFitNoteFactors() {
    return finalRoundNumNotes > 0 && finalRoundNumRatings > 0;
  }
}
