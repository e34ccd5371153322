package org.bridgewatch.server.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Clock;
import java.util.List;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/note-requests}: the Top Writers' note-request feed. Requests show for 24 hours
 * after the post became eligible, and only on posts less than 24 hours old.
 */
@RestController
public class NoteRequestFeedController {
  static final long SHOWN_FOR_MILLIS = 24L * 3_600_000L;

  private final JdbcClient jdbc;
  private final TopWriters topWriters;
  private final Clock clock;

  public NoteRequestFeedController(JdbcClient jdbc, TopWriters topWriters, Clock clock) {
    this.jdbc = jdbc;
    this.topWriters = topWriters;
    this.clock = clock;
  }

  @Operation(summary = "Recent posts with enough note requests (Top Writers only)",
      security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/api/v1/note-requests")
  public List<NoteRequestFeedItem> feed() {
    if (!topWriters.is(CurrentContributor.get().id())) {
      throw RuleViolation.forbidden("requests.topWritersOnly", "Only Top Writers see note requests.");
    }
    long now = clock.millis();
    return jdbc.sql("""
            SELECT p.id, p.author_handle, p.text, p.views, p.created_at_millis,
              (SELECT COUNT(*) FROM note_requests q WHERE q.tweet_id = p.id) AS requests,
              f.note_request_feed_eligible_timestamp
            FROM note_request_feeds f JOIN posts p ON p.id = f.tweet_id
            WHERE f.note_request_feed_eligible_timestamp > :since AND p.created_at_millis > :since
            ORDER BY f.note_request_feed_eligible_timestamp DESC, p.id
            LIMIT 200
            """)
        .param("since", now - SHOWN_FOR_MILLIS)
        .query((rs, i) -> new NoteRequestFeedItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6), rs.getLong(7)))
        .list();
  }
}
