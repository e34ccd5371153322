package org.bridgewatch.scoring.safeguards;

/**
 * How the population-sampled intercept's MF run differs from the main final run.
 *
 * @param ratingPerNoteLossRatio replaces the main run's finalRoundNumRatings / finalRoundNumNotes
 *     in the note regularization ("ratingPerNoteLossRatio" override); everything else (frozen rater
 *     and global parameters, prescoring initialization, helpfulness filtering, seed) is the main
 *     run's
 */
public record PopulationSampledOptions(double ratingPerNoteLossRatio) {
  public static final PopulationSampledOptions DEFAULTS = new PopulationSampledOptions(10.0);
}
