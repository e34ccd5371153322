package org.bridgewatch.server.requests;

/**
 * Note-request visibility rule: a post's requests are shown to Top Writers when the total reaches
 * max(4, views / 25,000), or at least 2 come from MEDIUM-or-better requestors, or 1 from a HIGH one.
 */
public final class FeedRule {
  static final long MIN_REQUESTS = 4;
  static final long VIEWS_PER_REQUEST = 25_000;

  private FeedRule() {}

  public static boolean met(long views, long requests, long mediumOrBetter, long high) {
    // requests >= views / 25,000 as real division, kept in integers: requests * 25,000 >= views.
    boolean enoughRequests = requests >= MIN_REQUESTS && requests * VIEWS_PER_REQUEST >= views;
    return enoughRequests || mediumOrBetter >= 2 || high >= 1;
  }
}
