package org.bridgewatch.scoring.contributors;

/**
 * The bars a contributor must clear for their ratings to count in a scorer's final round, and the
 * harassment-abuse penalty settings. Defaults are the reference's matrix-factorization scorer
 * defaults.
 *
 * @param minMeanNoteScore authors only: mean intercept of their scored notes
 * @param minCrhVsCrnhRatio authors only: CRH ratio minus 5 times the CRNH ratio
 * @param minRaterAgreeRatio share of valid ratings that matched the note's status
 * @param harassmentHelpfulRatingPenalty penalty per helpful rating on a harassment/abuse note
 * @param multiplyPenaltyByHarassmentScore scale the penalty by intercept / minimum
 * @param minimumHarassmentScoreToPenalize harassment intercept from which a note is penalized
 */
public record HelpfulnessThresholds(
    double minMeanNoteScore,
    double minCrhVsCrnhRatio,
    double minRaterAgreeRatio,
    double harassmentHelpfulRatingPenalty,
    boolean multiplyPenaltyByHarassmentScore,
    float minimumHarassmentScoreToPenalize) {

  public static final HelpfulnessThresholds DEFAULT =
      new HelpfulnessThresholds(0.05, 0.0, 0.66, 10, true, 2.0f);

  /** How many times a CRNH note outweighs a CRH note in the author ratio. */
  public static final double CRNH_MULTIPLIER = 5.0;
}
