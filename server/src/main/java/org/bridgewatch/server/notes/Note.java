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
    String status) {

  /** This note showing another status (the display circuit breaker). */
  public Note withStatus(String shown) {
    return shown.equals(status) ? this : new Note(noteId, postId, authorParticipantId, createdAtMillis,
        classification, misleadingReasons, notMisleadingReasons, trustworthySources, summary, isMediaNote, shown);
  }
}
