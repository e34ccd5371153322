package org.bridgewatch.scoring.rules;

import java.util.Arrays;

/**
 * The notes one computation covers: row {@code i} is note index {@code notes[i]} (a {@link
 * org.bridgewatch.scoring.model.NoteTable} row). {@link #rowOf(int)} maps back, -1 for notes
 * outside the set.
 */
public final class NoteRows {
  private final int[] notes;
  private final int[] rowOfNote;

  private NoteRows(int[] notes, int[] rowOfNote) {
    this.notes = notes;
    this.rowOfNote = rowOfNote;
  }

  /**
   * @param notes note indexes, each at most once
   * @param noteCount size of the note index space (NoteTable.size)
   */
  public static NoteRows of(int[] notes, int noteCount) {
    int[] rowOf = new int[noteCount];
    Arrays.fill(rowOf, -1);
    for (int i = 0; i < notes.length; i++) {
      if (rowOf[notes[i]] >= 0) {
        throw new IllegalArgumentException("note index listed twice: " + notes[i]);
      }
      rowOf[notes[i]] = i;
    }
    return new NoteRows(notes.clone(), rowOf);
  }

  /** Every note index with a non-NaN value in {@code byNote}, in index order. */
  public static NoteRows withValue(float[] byNote) {
    int n = 0;
    for (float v : byNote) {
      if (!Float.isNaN(v)) {
        n++;
      }
    }
    int[] notes = new int[n];
    n = 0;
    for (int i = 0; i < byNote.length; i++) {
      if (!Float.isNaN(byNote[i])) {
        notes[n++] = i;
      }
    }
    return of(notes, byNote.length);
  }

  public int size() {
    return notes.length;
  }

  public int note(int row) {
    return notes[row];
  }

  /** The row of a note index, or -1 (also for -1, the "unknown note" index of ratings). */
  public int rowOf(int note) {
    return note < 0 || note >= rowOfNote.length ? -1 : rowOfNote[note];
  }

  public int noteCount() {
    return rowOfNote.length;
  }

  public int[] notes() {
    return notes.clone();
  }
}
