package org.bridgewatch.scoring.safeguards;

/**
 * Settings of post selection similarity (reference defaults in {@link #DEFAULTS}).
 *
 * @param pmiRegularization pseudocounts added to each rater's post total in the PMI denominator
 * @param smoothedNpmiThreshold a pair is linked when its smoothed NPMI is at least this
 * @param minimumRatingProportionThreshold ... or when co-ratings / (min total + pseudocounts) is
 *     at least this
 * @param minUniquePosts raters with fewer distinct rated posts are never linked by NPMI/minSim
 * @param minSimPseudocounts pseudocounts in the minSim denominator
 * @param windowMillis two ratings of a note co-occur when at most this far apart
 * @param latencyMinutes rating-after-note latencies for author affinity / writer coverage
 * @param writerCoverageThresholds per latency: pair helpful ratings / author's notes
 * @param raterAffinityThresholds per latency: pair helpful ratings / rater's helpful ratings
 * @param minDenom a ratio with a denominator below this is not evaluated
 */
public record PostSelectionSimilarityOptions(
    int pmiRegularization,
    double smoothedNpmiThreshold,
    double minimumRatingProportionThreshold,
    int minUniquePosts,
    int minSimPseudocounts,
    long windowMillis,
    int[] latencyMinutes,
    double[] writerCoverageThresholds,
    double[] raterAffinityThresholds,
    int minDenom) {
  public static final PostSelectionSimilarityOptions DEFAULTS =
      new PostSelectionSimilarityOptions(
          500,
          0.55,
          0.4,
          10,
          10,
          1000L * 60 * 20,
          new int[] {1, 5, 20},
          new double[] {0.2, 0.3, 0.4},
          new double[] {0.2, 0.45, 0.7},
          10);

  public PostSelectionSimilarityOptions {
    latencyMinutes = latencyMinutes.clone();
    writerCoverageThresholds = writerCoverageThresholds.clone();
    raterAffinityThresholds = raterAffinityThresholds.clone();
    if (writerCoverageThresholds.length != latencyMinutes.length
        || raterAffinityThresholds.length != latencyMinutes.length) {
      throw new IllegalArgumentException("one threshold per latency");
    }
  }

  @Override
  public int[] latencyMinutes() {
    return latencyMinutes.clone();
  }

  @Override
  public double[] writerCoverageThresholds() {
    return writerCoverageThresholds.clone();
  }

  @Override
  public double[] raterAffinityThresholds() {
    return raterAffinityThresholds.clone();
  }
}
