package org.bridgewatch.server.requests;

/** How many contributors asked for a note on a post, and whether the caller did. */
public record NoteRequestSummary(String postId, long requestCount, Boolean requestedByMe) {}
