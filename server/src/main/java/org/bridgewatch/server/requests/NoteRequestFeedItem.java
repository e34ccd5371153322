package org.bridgewatch.server.requests;

/** A post on the Top Writers' note-request feed. */
public record NoteRequestFeedItem(
    String postId, String authorHandle, String text, long views, long postCreatedAtMillis, long requestCount,
    long feedEligibleAtMillis) {}
