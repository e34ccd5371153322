package org.bridgewatch.server.notes;

import java.util.Map;

/**
 * A note's status history row (every public noteStatusHistory column, camelCase as in the TSV)
 * and a plain-language reason for its current status.
 */
public record StatusHistory(String noteId, String currentStatus, String reason, Map<String, Object> columns) {}
