package org.bridgewatch.scoring.topics;

/**
 * The topic of every note of a NoteTable ({@link Topic#UNASSIGNED} for most). Notes on one post
 * always share a topic, because the model classifies posts.
 */
public final class NoteTopics {
  private final byte[] labelOfNote;

  public NoteTopics(byte[] labelOfNote) {
    this.labelOfNote = labelOfNote;
  }

  /** No note has a topic. */
  public static NoteTopics none(int noteCount) {
    return new NoteTopics(new byte[noteCount]);
  }

  public int size() {
    return labelOfNote.length;
  }

  /** The topic of note index {@code note}; UNASSIGNED for indexes outside the table (deleted notes). */
  public Topic topic(int note) {
    return note < 0 || note >= labelOfNote.length
        ? Topic.UNASSIGNED
        : Topic.ofLabel(labelOfNote[note]);
  }

  /** Whether the note appears in the reference's noteTopics frame (has a real topic). */
  public boolean hasTopic(int note) {
    return topic(note) != Topic.UNASSIGNED;
  }
}
