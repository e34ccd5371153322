package org.bridgewatch.server.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads note_status_history; rows are written by scoring runs. */
@Repository
public class StatusHistoryRepository {
  /**
   * The public columns after noteId, noteAuthorParticipantId and createdAtMillis, in the order of
   * {@link StatusHistoryTable#COLUMNS}, from {@code note_status_history h}.
   */
  public static final String STATUS_COLUMNS = """
        h.timestamp_millis_of_first_non_nmr_status, h.first_non_nmr_status,
        h.timestamp_millis_of_current_status, h.current_status,
        h.timestamp_millis_of_latest_non_nmr_status, h.most_recent_non_nmr_status,
        h.timestamp_millis_of_status_lock, h.locked_status, h.timestamp_millis_of_retro_lock,
        h.current_core_status, h.current_expansion_status, h.current_group_status,
        h.current_decided_by, h.current_modeling_group,
        h.timestamp_millis_of_most_recent_status_change,
        h.timestamp_millis_of_nmr_due_to_min_stable_crh_time, h.current_multi_group_status,
        h.current_modeling_multi_group, h.timestamp_minute_of_final_scoring_output,
        h.timestamp_millis_of_first_nmr_due_to_min_stable_crh_time, h.above_pcrh_threshold_time
      """;

  /** Every column, in the public order of {@link StatusHistoryTable#COLUMNS}. */
  public static final String SELECT_PUBLIC_COLUMNS =
      "SELECT h.note_id, h.note_author_participant_id, h.created_at_millis,\n"
          + STATUS_COLUMNS
          + "FROM note_status_history h\n";

  private final JdbcClient jdbc;

  public StatusHistoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StatusHistory> find(long noteId) {
    return jdbc.sql(SELECT_PUBLIC_COLUMNS + " WHERE h.note_id = :id")
        .param("id", noteId)
        .query((rs, i) -> {
          Map<String, Object> columns = new LinkedHashMap<>();
          for (int c = 0; c < StatusHistoryTable.COLUMNS.length; c++) {
            Object value = rs.getObject(c + 1);
            columns.put(StatusHistoryTable.COLUMNS[c], value instanceof Number n && c == 0 ? n.toString() : value);
          }
          String status = rs.getString("current_status");
          return new StatusHistory(Long.toString(noteId), status,
              StatusReasons.explain(status, rs.getString("locked_status"), rs.getString("current_decided_by")),
              columns, List.of());
        })
        .optional();
  }
}
