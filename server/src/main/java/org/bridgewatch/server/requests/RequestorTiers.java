package org.bridgewatch.server.requests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a contributor's {@link RequestorTier} from our own data. X's definition counts requests
 * "made on posts before there was already a proposed note" and posts that "ended up with CRH notes";
 * here: a request is eligible when no note (deleted ones included) on the post was created at or
 * before the request, and it is a hit when a non-deleted note on the post currently has status
 * CURRENTLY_RATED_HELPFUL in the latest scoring run's status history.
 */
@Component
public class RequestorTiers {
  private final JdbcClient jdbc;

  public RequestorTiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public RequestorTier of(long contributorId) {
    return jdbc.sql("""
            SELECT COUNT(*) AS eligible,
              COALESCE(SUM(CASE WHEN EXISTS (
                SELECT 1 FROM notes h JOIN note_status_history s ON s.note_id = h.note_id
                WHERE h.tweet_id = q.tweet_id AND NOT h.deleted
                  AND s.current_status = 'CURRENTLY_RATED_HELPFUL') THEN 1 ELSE 0 END), 0) AS hits
            FROM note_requests q
            WHERE q.requester_id = :requester
              AND NOT EXISTS (
                SELECT 1 FROM notes n WHERE n.tweet_id = q.tweet_id AND n.created_at_millis <= q.created_at_millis)
            """)
        .param("requester", contributorId)
        .query((rs, i) -> RequestorTier.of(rs.getLong("eligible"), rs.getLong("hits")))
        .single();
  }
}
