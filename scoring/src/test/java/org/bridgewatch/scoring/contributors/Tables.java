package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.Arrays;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Small hand-built tables for unit tests. Note i has noteId 1000 + i. */
final class Tables {
  private Tables() {}

  static NoteTable notes(int[] author, long[] created) {
    int n = author.length;
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = 1000 + i;
    }
    return new NoteTable(ids, author, created, new long[n], new byte[n], null, null, null,
        new byte[n], new byte[n], new byte[n], new String[n], new boolean[n], new boolean[n]);
  }

  /** One row per rating; note index -1 allowed (noteId then 999). */
  static RatingTable ratings(int[] note, int[] rater, long[] created, HelpfulnessLevel[] level, int[] tags) {
    int n = note.length;
    long[] noteId = new long[n];
    byte[] lv = new byte[n];
    for (int i = 0; i < n; i++) {
      noteId[i] = note[i] >= 0 ? 1000 + note[i] : 999;
      lv[i] = level[i].code();
    }
    return new RatingTable(note, noteId, rater, created, lv, tags == null ? new int[n] : tags,
        new byte[n], new byte[n], new long[n], new Int2ObjectOpenHashMap<>(),
        new Int2LongOpenHashMap());
  }

  /** A history row per note of {@code notes}. */
  static StatusHistoryTable history(NoteTable notes, long[] latestNonNmr, byte[] current) {
    int n = notes.size;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    long[] none = new long[n];
    Arrays.fill(none, Nulls.NO_TIME);
    byte[] noCode = new byte[n];
    Arrays.fill(noCode, Nulls.NO_CODE);
    int[] noInt = new int[n];
    return new StatusHistoryTable(notes.noteId.clone(), idx, notes.author.clone(),
        notes.createdAtMillis.clone(), none, noCode, none, current, latestNonNmr, noCode, none,
        noCode, none, noCode, noCode, noCode, new String[n], noInt, none, none, noCode, noInt,
        none, none, none);
  }

  static long[] times(long... t) {
    return t;
  }

  static HelpfulnessLevel[] levels(int n, HelpfulnessLevel l) {
    HelpfulnessLevel[] a = new HelpfulnessLevel[n];
    Arrays.fill(a, l);
    return a;
  }
}
