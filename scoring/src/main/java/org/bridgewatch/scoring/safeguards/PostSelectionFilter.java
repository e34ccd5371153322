package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * "Apply post selection similarity": a post-selection group counts as one rater. On each note only
 * the group's earliest rating survives, and a group's ratings of notes written by a group member
 * are all dropped. Ratings of raters without a group pass unchanged. On fewer than {@code
 * minNumNotesForProdData} notes (test data) nothing is dropped.
 */
public final class PostSelectionFilter {
  public static final int MIN_NUM_NOTES_FOR_PROD_DATA = 200;

  private PostSelectionFilter() {}

  /**
   * The surviving rating rows, in the reference's resulting row order: first the group ratings
   * kept, by (noteId, createdAt, input position); then the ungrouped ratings in input order.
   *
   * @param rows the rating rows, in their current order
   * @param groups per participant post-selection group, 0 = none ({@link RaterClusters} views)
   */
  public static int[] apply(NoteTable notes, RatingTable ratings, int[] rows, int[] groups) {
    if (notes.size < MIN_NUM_NOTES_FOR_PROD_DATA) {
      return rows.clone();
    }
    IntArrayList grouped = new IntArrayList();
    IntArrayList ungrouped = new IntArrayList();
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      int group = groups[ratings.rater[r]];
      if (group == 0) {
        ungrouped.add(r);
        continue;
      }
      int note = ratings.note[r];
      int authorGroup = note >= 0 ? groups[notes.author[note]] : 0;
      if (authorGroup != group) {
        grouped.add(i);
      }
    }
    int[] candidates = grouped.toIntArray();
    IntArrays.mergeSort(
        candidates,
        (x, y) -> {
          int c = Long.compare(ratings.noteId(rows[x]), ratings.noteId(rows[y]));
          if (c == 0) {
            c = Long.compare(ratings.createdAtMillis[rows[x]], ratings.createdAtMillis[rows[y]]);
          }
          return c != 0 ? c : Integer.compare(x, y);
        });
    LongOpenHashSet seen = new LongOpenHashSet();
    IntArrayList out = new IntArrayList(rows.length);
    long lastNote = 0;
    for (int k = 0; k < candidates.length; k++) {
      int r = rows[candidates[k]];
      if (k == 0 || ratings.noteId(r) != lastNote) {
        seen.clear();
        lastNote = ratings.noteId(r);
      }
      if (seen.add(groups[ratings.rater[r]])) {
        out.add(r);
      }
    }
    out.addAll(ungrouped);
    return out.toIntArray();
  }

  /** All rows 0..n-1, for callers that start from the whole table. */
  public static int[] allRows(RatingTable ratings) {
    int[] rows = new int[ratings.size];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    return rows;
  }
}
