package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Finds a rating's row in a note status history. The reference joins ratings to the history by
 * noteId, so ratings of notes that left the notes file (note index -1) still find their history
 * row when one exists.
 */
public final class NoteHistoryLookup {
  private final StatusHistoryTable history;
  private final int[] rowOfNote;
  private final Long2IntOpenHashMap rowOfNoteId;

  public NoteHistoryLookup(NoteTable notes, StatusHistoryTable history) {
    this.history = history;
    this.rowOfNote = new int[notes.size];
    java.util.Arrays.fill(rowOfNote, -1);
    this.rowOfNoteId = new Long2IntOpenHashMap(history.size);
    rowOfNoteId.defaultReturnValue(-1);
    for (int h = 0; h < history.size; h++) {
      rowOfNoteId.put(history.noteId[h], h);
    }
    for (int n = 0; n < notes.size; n++) {
      rowOfNote[n] = rowOfNoteId.get(notes.noteId[n]);
    }
  }

  public StatusHistoryTable history() {
    return history;
  }

  /** History row of the note rated by rating {@code r}, or -1. */
  public int rowOfRating(RatingTable ratings, int r) {
    int note = ratings.note[r];
    return note >= 0 ? rowOfNote[note] : rowOfNoteId.get(ratings.noteId(r));
  }

  /** History row of note index {@code note}, or -1. */
  public int rowOfNote(int note) {
    return rowOfNote[note];
  }
}
