package org.bridgewatch.scoring.model;

/**
 * noteRequests: one row per post with requests. The array-valued columns ({@code sourceLinks},
 * {@code suggestions}) are kept as their raw JSON text; scoring does not read them.
 */
public final class NoteRequestTable {
  public static final String[] COLUMNS = {
    "tweetId",
    "sourceLinks",
    "suggestions",
    "noteRequestFeedEligibleTimestamp",
    "apiSmallFeedEligibleTimestamp",
    "apiLargeFeedEligibleTimestamp",
    "apiXlFeedEligibleTimestamp"
  };

  public final int size;
  public final long[] tweetId;
  public final String[] sourceLinksJson;
  public final String[] suggestionsJson;
  /** -1 when never eligible, as in the public file. */
  public final long[] noteRequestFeedEligibleTimestamp;
  public final long[] apiSmallFeedEligibleTimestamp;
  public final long[] apiLargeFeedEligibleTimestamp;
  public final long[] apiXlFeedEligibleTimestamp;

  public NoteRequestTable(
      long[] tweetId,
      String[] sourceLinksJson,
      String[] suggestionsJson,
      long[] noteRequestFeedEligibleTimestamp,
      long[] apiSmallFeedEligibleTimestamp,
      long[] apiLargeFeedEligibleTimestamp,
      long[] apiXlFeedEligibleTimestamp) {
    this.size = tweetId.length;
    this.tweetId = tweetId;
    this.sourceLinksJson = sourceLinksJson;
    this.suggestionsJson = suggestionsJson;
    this.noteRequestFeedEligibleTimestamp = noteRequestFeedEligibleTimestamp;
    this.apiSmallFeedEligibleTimestamp = apiSmallFeedEligibleTimestamp;
    this.apiLargeFeedEligibleTimestamp = apiLargeFeedEligibleTimestamp;
    this.apiXlFeedEligibleTimestamp = apiXlFeedEligibleTimestamp;
  }
}
