package org.bridgewatch.server.notes;

/**
 * One change of a note's status, as the scoring run {@code runId} decided it at {@code
 * changedAtMillis} (the run's epoch): from {@code oldStatus} to {@code newStatus}, by the meta rule
 * {@code decidedBy}, with a plain-language {@code reason}.
 */
public record StatusChange(long runId, long changedAtMillis, String oldStatus, String newStatus, String decidedBy,
    String reason) {}
