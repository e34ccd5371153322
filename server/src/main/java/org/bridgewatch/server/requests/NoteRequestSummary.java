package org.bridgewatch.server.requests;

/**
 * How many contributors asked for a note on a post, whether the caller did, and when the requests
 * became visible to Top Writers ({@code feedEligibleAtMillis}, absent when not yet);
 * {@code shownToTopWriters} while that was less than 24 hours ago.
 */
public record NoteRequestSummary(
    String postId, long requestCount, Boolean requestedByMe, Long feedEligibleAtMillis, boolean shownToTopWriters) {}
