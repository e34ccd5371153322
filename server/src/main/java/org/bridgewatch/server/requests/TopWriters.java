package org.bridgewatch.server.requests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Top Writer status: Writing Impact of 10 or more and at least 4% of one's notes currently helpful. */
@Component
public class TopWriters {
  static final int MIN_WRITING_IMPACT = 10;

  private final JdbcClient jdbc;

  public TopWriters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean is(long contributorId) {
    return jdbc.sql("""
            SELECT c.writing_impact,
              (SELECT COUNT(*) FROM notes n WHERE n.author_id = c.id AND NOT n.deleted) AS written,
              (SELECT COUNT(*) FROM notes n JOIN note_status_history s ON s.note_id = n.note_id
               WHERE n.author_id = c.id AND NOT n.deleted AND s.current_status = 'CURRENTLY_RATED_HELPFUL') AS helpful
            FROM contributors c WHERE c.id = :id
            """)
        .param("id", contributorId)
        .query((rs, i) -> rs.getInt("writing_impact") >= MIN_WRITING_IMPACT
            && rs.getLong("written") > 0 && rs.getLong("helpful") * 100 >= 4 * rs.getLong("written"))
        .optional().orElse(false);
  }
}
