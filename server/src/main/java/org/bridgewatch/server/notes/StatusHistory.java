package org.bridgewatch.server.notes;

import java.util.List;
import java.util.Map;

/**
 * A note's status history row (every public noteStatusHistory column, camelCase as in the TSV), a
 * plain-language reason for its current status, and every status change scoring runs recorded,
 * oldest first, each with its own reason.
 */
public record StatusHistory(String noteId, String currentStatus, String reason, Map<String, Object> columns,
    List<StatusChange> changes) {

  public StatusHistory withChanges(List<StatusChange> recorded) {
    return new StatusHistory(noteId, currentStatus, reason, columns, List.copyOf(recorded));
  }
}
