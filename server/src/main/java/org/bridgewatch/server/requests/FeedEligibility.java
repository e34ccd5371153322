package org.bridgewatch.server.requests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link FeedRule} to a post after each request and records, once, when the post became
 * eligible ({@code noteRequestFeedEligibleTimestamp} of the public noteRequests table).
 */
@Component
public class FeedEligibility {
  private final JdbcClient jdbc;

  public FeedEligibility(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks the post eligible at {@code now} if the rule is met and it was not eligible before. */
  public void update(long postId, long now) {
    if (eligibleAt(postId) != null) {
      return;
    }
    boolean met = jdbc.sql("""
            SELECT p.views, COUNT(q.id) AS requests,
              COALESCE(SUM(CASE WHEN q.requester_tier IN ('MEDIUM', 'HIGH') THEN 1 ELSE 0 END), 0) AS medium,
              COALESCE(SUM(CASE WHEN q.requester_tier = 'HIGH' THEN 1 ELSE 0 END), 0) AS high
            FROM posts p LEFT JOIN note_requests q ON q.tweet_id = p.id
            WHERE p.id = :post
            GROUP BY p.views
            """)
        .param("post", postId)
        .query((rs, i) -> FeedRule.met(rs.getLong("views"), rs.getLong("requests"), rs.getLong("medium"),
            rs.getLong("high")))
        .single();
    if (!met) {
      return;
    }
    int updated = jdbc.sql("""
            UPDATE note_request_feeds SET note_request_feed_eligible_timestamp = :now
            WHERE tweet_id = :post AND note_request_feed_eligible_timestamp IS NULL
            """)
        .param("now", now).param("post", postId).update();
    if (updated == 0 && eligibleAt(postId) == null) {
      jdbc.sql("INSERT INTO note_request_feeds (tweet_id, note_request_feed_eligible_timestamp) VALUES (:post, :now)")
          .param("post", postId).param("now", now).update();
    }
  }

  /** When the post's requests became visible to Top Writers, or null. */
  public Long eligibleAt(long postId) {
    return jdbc.sql("SELECT note_request_feed_eligible_timestamp FROM note_request_feeds WHERE tweet_id = :post")
        .param("post", postId).query(Long.class).optional().orElse(null);
  }
}
