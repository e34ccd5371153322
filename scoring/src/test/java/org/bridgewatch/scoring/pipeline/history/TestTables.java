package org.bridgewatch.scoring.pipeline.history;

import java.util.Arrays;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Test-only builders of small notes and history tables; columns are filled in by the tests. */
public final class TestTables {
  private TestTables() {}

  /** Notes with the given ids and creation times; note i is written by participant i. */
  public static NoteTable notes(long[] ids, long[] createdAtMillis) {
    int n = ids.length;
    int[] authors = new int[n];
    Arrays.setAll(authors, i -> i);
    return new NoteTable(
        ids, authors, createdAtMillis, new long[n], new byte[n], new String[n], new String[n],
        new String[n], new byte[n], new byte[n], new byte[n], new String[n], new boolean[n],
        new boolean[n]);
  }

  /** A history row per note, in the notes' order, holding only id, author and creation time. */
  public static StatusHistoryTable emptyHistory(NoteTable notes) {
    HistoryColumns h = new HistoryColumns(notes.size);
    for (int i = 0; i < notes.size; i++) {
      h.newRow(i, notes.noteId[i], notes.author[i], notes.createdAtMillis[i]);
      h.note[i] = i;
    }
    return h.toTable();
  }

  /** Scored statuses for {@code size} rows: all NMR decided by a locking rule, nothing else. */
  public static ScoredStatuses nmrStatuses(int size) {
    byte[] status = new byte[size];
    String[] decidedBy = new String[size];
    Arrays.fill(decidedBy, "CoreModel (v1.1)");
    boolean[] locking = new boolean[size];
    Arrays.fill(locking, true);
    return new ScoredStatuses(
        status, decidedBy, locking, codes(size), codes(size), codes(size), ints(size),
        codes(size), ints(size), times(size), times(size));
  }

  private static byte[] codes(int size) {
    byte[] out = new byte[size];
    Arrays.fill(out, Nulls.NO_CODE);
    return out;
  }

  private static int[] ints(int size) {
    int[] out = new int[size];
    Arrays.fill(out, Nulls.NO_INT);
    return out;
  }

  private static long[] times(int size) {
    long[] out = new long[size];
    Arrays.fill(out, Nulls.NO_TIME);
    return out;
  }
}
