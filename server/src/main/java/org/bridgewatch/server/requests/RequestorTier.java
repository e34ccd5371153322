package org.bridgewatch.server.requests;

/**
 * Requestor helpfulness score: how often a contributor's requests, made before the post had any
 * note, ended on posts that now show a Currently Rated Helpful note (hit rate). HIGH needs a hit
 * rate of at least 8% and 5 such posts; MEDIUM at least 3% and 1 such post; everyone else is LOW.
 */
public enum RequestorTier {
  LOW,
  MEDIUM,
  HIGH;

  /**
   * The tier for {@code eligibleRequests} requests made on posts without a note yet, of which
   * {@code crhPosts} are on posts that now have a helpful note.
   */
  public static RequestorTier of(long eligibleRequests, long crhPosts) {
    if (eligibleRequests <= 0 || crhPosts <= 0) {
      return LOW;
    }
    // Compare hits * 100 >= rate * requests in integers: no rounding at the exact boundary.
    if (crhPosts >= 5 && crhPosts * 100 >= 8 * eligibleRequests) {
      return HIGH;
    }
    if (crhPosts * 100 >= 3 * eligibleRequests) {
      return MEDIUM;
    }
    return LOW;
  }

  /** At least MEDIUM. */
  public boolean mediumOrBetter() {
    return this != LOW;
  }
}
