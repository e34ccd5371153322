package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.contributors.HelpfulnessScores;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;

/**
 * What a scorer's prescoring hands to its final scoring (the reference's prescoring note and rater
 * model outputs and its meta output), indexed by note index and participant index.
 *
 * @param spec the scorer this prescoring belongs to
 * @param firstRound round-1 parameters (all training ratings)
 * @param finalRound round-2 parameters (ratings of helpful raters only); NaN for absent raters
 * @param helpfulness rater and author helpfulness after the harassment penalty; null for scorers
 *     without reputation filtering (topic models)
 * @param tagThresholds per-tag thresholds of the tag outlier filter
 * @param userIncorrect per-rater "incorrect" tag usage, for the incorrect filter
 * @param finalRoundNumRatings ratings in round 2
 * @param finalRoundNumNotes notes in round 2
 * @param finalRoundNumUsers raters in round 2
 * @param lowDiligence the low-diligence model fit on round 2's ratings, or null when the run
 *     leaves it out ({@link ScoringOptions#lowDiligence})
 */
public record MfPrescoring(
    MfScorerSpec spec,
    ModelParams firstRound,
    ModelParams finalRound,
    HelpfulnessScores helpfulness,
    TagThresholds tagThresholds,
    UserIncorrectRatio userIncorrect,
    int finalRoundNumRatings,
    int finalRoundNumNotes,
    int finalRoundNumUsers,
    LowDiligence lowDiligence) {

  /** Ratings per note of round 2, the loss ratio final scoring normalizes by. */
  double ratingsPerNote() {
    return (double) finalRoundNumRatings / finalRoundNumNotes;
  }

  /** Whether the participant passes the scorer's helpfulness filter (all do without one). */
  boolean helpful(int participant) {
    return helpfulness == null || helpfulness.aboveHelpfulnessThreshold[participant];
  }

  /**
   * Whether the participant has a row in this scorer's prescoring rater output: final-round
   * parameters or helpfulness scores (topic models, without helpfulness: round-1 parameters).
   */
  public boolean hasRaterRow(int participant) {
    return helpfulness == null
        ? !Float.isNaN(firstRound.raterIntercept()[participant])
        : hasRaterParams(participant) || helpfulness.present[participant];
  }

  /** Whether the participant has final-round parameters. */
  public boolean hasRaterParams(int participant) {
    return !Float.isNaN(finalRound.raterIntercept()[participant]);
  }
}
