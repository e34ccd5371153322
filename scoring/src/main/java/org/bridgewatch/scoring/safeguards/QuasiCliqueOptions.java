package org.bridgewatch.scoring.safeguards;

/**
 * Settings of quasi-clique ("rater independence") detection; reference defaults in {@link
 * #DEFAULTS}.
 *
 * @param recencyCutoffMillis only notes created this recently before the newest rated note count
 * @param noteInclusionThreshold a (note, rating value) is a group action when at least this share
 *     of the clique's raters gave it
 * @param raterInclusionThreshold every rater must join at least this share of the clique's posts
 * @param minCliqueTweets a clique must cover at least this many posts to grow
 * @param minCliqueRaters smaller cliques are dropped
 * @param maxCliqueSize at most this many growth steps
 * @param minInclusionRatings a group action also needs this many raters (or all of them if fewer)
 * @param minRaterPairCount only pairs aligned on more than this many posts seed a clique
 * @param minAlignedRatings raters aligned with someone on at least this many posts form the pool
 */
public record QuasiCliqueOptions(
    long recencyCutoffMillis,
    double noteInclusionThreshold,
    double raterInclusionThreshold,
    int minCliqueTweets,
    int minCliqueRaters,
    int maxCliqueSize,
    int minInclusionRatings,
    int minRaterPairCount,
    int minAlignedRatings) {
  public static final QuasiCliqueOptions DEFAULTS =
      new QuasiCliqueOptions(1000L * 60 * 60 * 24 * 7 * 13, 0.25, 0.25, 25, 5, 2000, 4, 50, 5);
}
