package org.bridgewatch.server.notes;

import java.util.Set;
import org.bridgewatch.scoring.model.Classification;

/** A note as the API shows it; {@code status} is the current status (NEEDS_MORE_RATINGS until scored). */
public record Note(
    String noteId,
    String postId,
    String authorParticipantId,
    long createdAtMillis,
    Classification classification,
    Set<MisleadingReason> misleadingReasons,
    Set<NotMisleadingReason> notMisleadingReasons,
    boolean trustworthySources,
    String summary,
    boolean isMediaNote,
    String status) {}
