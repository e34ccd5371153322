package org.bridgewatch.scoring.prep;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Dense per-rating note ids covering notes that are not in the notes file: notes in the file keep
 * their index, others are numbered from {@code notes.size} in order of first rating.
 */
record NoteKeys(int[] noteKey, int count) {

  static NoteKeys of(RatingTable ratings, NoteTable notes) {
    int[] key = new int[ratings.size];
    Long2IntOpenHashMap extra = new Long2IntOpenHashMap();
    extra.defaultReturnValue(-1);
    int next = notes.size;
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      if (note >= 0) {
        key[r] = note;
      } else {
        int k = extra.putIfAbsent(ratings.noteId(r), next);
        if (k < 0) {
          k = next++;
        }
        key[r] = k;
      }
    }
    return new NoteKeys(key, next);
  }
}
