package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.contributors.HelpfulnessScores;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;

/**
 * What a scorer's prescoring hands to its final scoring (the reference's prescoring note and rater
 * model outputs and its meta output), indexed by note index and participant index.
 *
 * @param firstRound round-1 parameters (all training ratings)
 * @param finalRound round-2 parameters (ratings of helpful raters only); NaN for absent raters
 * @param helpfulness rater and author helpfulness after the harassment penalty
 * @param tagThresholds per-tag thresholds of the tag outlier filter
 * @param userIncorrect per-rater "incorrect" tag usage, for the incorrect filter
 * @param finalRoundNumRatings ratings in round 2
 * @param finalRoundNumNotes notes in round 2
 * @param finalRoundNumUsers raters in round 2
 */
public record MfPrescoring(
    ModelParams firstRound,
    ModelParams finalRound,
    HelpfulnessScores helpfulness,
    TagThresholds tagThresholds,
    UserIncorrectRatio userIncorrect,
    int finalRoundNumRatings,
    int finalRoundNumNotes,
    int finalRoundNumUsers) {

  /** Ratings per note of round 2, the loss ratio final scoring normalizes by. */
  double ratingsPerNote() {
    return (double) finalRoundNumRatings / finalRoundNumNotes;
  }

  /** Whether the participant has final-round parameters. */
  boolean hasRaterParams(int participant) {
    return !Float.isNaN(finalRound.raterIntercept()[participant]);
  }
}
