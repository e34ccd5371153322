package org.bridgewatch.server.web;

/**
 * A note as lists show it: the note, a line of its post, its status, and how many ratings it has
 * from each side of the viewpoint axis (raters with a negative or positive core factor).
 */
public record NoteCard(
    String noteId,
    String postId,
    String postAuthor,
    String postText,
    String summary,
    String status,
    String classification,
    long createdAtMillis,
    int ratings,
    int leftRatings,
    int rightRatings,
    Double intercept) {

  public boolean misleading() {
    return "MISINFORMED_OR_POTENTIALLY_MISLEADING".equals(classification);
  }

  /** This card with {@code status} in place of its own and no score (the score would tell the status). */
  public NoteCard withHiddenStatus(String status) {
    return new NoteCard(noteId, postId, postAuthor, postText, summary, status, classification, createdAtMillis,
        ratings, leftRatings, rightRatings, null);
  }

  public String statusLabel() {
    return StatusLabels.label(status);
  }
}
