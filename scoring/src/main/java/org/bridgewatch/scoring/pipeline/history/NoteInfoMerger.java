package org.bridgewatch.scoring.pipeline.history;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Adds newly written notes to the status history and keeps notes that are no longer in the notes
 * file (merge_note_info). The result holds the union of both, sorted by noteId as the reference's
 * outer join leaves it; every later table of the run (meta scoring, the new history) uses this row
 * order. {@code note[i]} is re-pointed at the current {@link NoteTable}.
 */
public final class NoteInfoMerger {
  private NoteInfoMerger() {}

  /**
   * @throws IllegalArgumentException if a note in both tables differs in creation time or author,
   *     or the history repeats a noteId (the reference asserts the same)
   */
  public static StatusHistoryTable merge(StatusHistoryTable history, NoteTable notes) {
    Long2IntOpenHashMap historyRow = new Long2IntOpenHashMap(history.size);
    historyRow.defaultReturnValue(-1);
    for (int i = 0; i < history.size; i++) {
      if (historyRow.put(history.noteId[i], i) != -1) {
        throw new IllegalArgumentException("noteStatusHistory repeats note " + history.noteId[i]);
      }
    }
    long[] ids = unionOfIds(history, notes, historyRow);
    Arrays.sort(ids);
    HistoryColumns out = new HistoryColumns(ids.length);
    for (int row = 0; row < ids.length; row++) {
      long id = ids[row];
      int old = historyRow.get(id);
      int note = notes.indexOf(id);
      if (old >= 0) {
        out.copyRow(history, old, row);
        if (note >= 0) {
          checkConsistent(history, old, notes, note);
        }
      } else {
        out.newRow(row, id, notes.author[note], notes.createdAtMillis[note]);
      }
      out.note[row] = note;
    }
    return out.toTable();
  }

  private static long[] unionOfIds(
      StatusHistoryTable history, NoteTable notes, Long2IntOpenHashMap historyRow) {
    long[] ids = Arrays.copyOf(history.noteId, history.size + notes.size);
    int n = history.size;
    for (int i = 0; i < notes.size; i++) {
      if (!historyRow.containsKey(notes.noteId[i])) {
        ids[n++] = notes.noteId[i];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  private static void checkConsistent(
      StatusHistoryTable history, int old, NoteTable notes, int note) {
    if (history.createdAtMillis[old] != notes.createdAtMillis[note]) {
      throw new IllegalArgumentException(
          "createdAtMillis of note " + notes.noteId[note] + " differs from noteStatusHistory");
    }
    if (history.author[old] != notes.author[note]) {
      throw new IllegalArgumentException(
          "author of note " + notes.noteId[note] + " differs from noteStatusHistory");
    }
  }
}
