package org.bridgewatch.server.notes;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads note_status_changes; scoring runs write the rows in their write-back. */
@Repository
public class StatusChangeRepository {
  private final JdbcClient jdbc;

  public StatusChangeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A note's status changes, oldest first. */
  public List<StatusChange> ofNote(long noteId) {
    return jdbc.sql("""
            SELECT scoring_run_id, changed_at_millis, old_status, new_status, decided_by, reason
            FROM note_status_changes WHERE note_id = :id ORDER BY changed_at_millis, id
            """)
        .param("id", noteId)
        .query((rs, i) -> new StatusChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .list();
  }
}
