package org.bridgewatch.server.security;

/** The authenticated caller: internal id (never shown), public participantId and alias. */
public record Contributor(long id, String participantId, String alias, boolean operator) {}
