package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * The scorer's minimum-count filter, applied to training ratings before helpfulness is computed:
 * keep notes with at least 5 ratings, then raters with at least 10 of the remaining ratings, then
 * notes with at least 5 of what remains (one pass back and forth, not iterated to convergence).
 * This is where the documented "at least 10 ratings" lives. The final round uses 0 raters-minimum.
 */
public final class MinimumRatingCountFilter {
  public static final int MIN_RATERS_PER_NOTE = 5;
  public static final int MIN_RATINGS_PER_RATER = 10;

  private MinimumRatingCountFilter() {}

  /** Surviving rating indexes, in input order. {@code rows} null means all ratings. */
  public static int[] filter(
      RatingTable ratings, int[] rows, int minRatingsPerRater, int minRatersPerNote) {
    int[] current = rows == null ? allRows(ratings.size) : rows;
    current = filterNotes(ratings, current, minRatersPerNote);
    current = filterRaters(ratings, current, minRatingsPerRater);
    return filterNotes(ratings, current, minRatersPerNote);
  }

  private static int[] filterNotes(RatingTable ratings, int[] rows, int min) {
    // Ratings are grouped by noteId, so ratings of notes outside the notes table count too.
    Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
    for (int r : rows) {
      counts.addTo(ratings.noteId(r), 1);
    }
    IntArrayList kept = new IntArrayList(rows.length);
    for (int r : rows) {
      if (counts.get(ratings.noteId(r)) >= min) {
        kept.add(r);
      }
    }
    return kept.toIntArray();
  }

  private static int[] filterRaters(RatingTable ratings, int[] rows, int min) {
    int maxRater = -1;
    for (int r : rows) {
      maxRater = Math.max(maxRater, ratings.rater[r]);
    }
    int[] counts = new int[maxRater + 1];
    for (int r : rows) {
      counts[ratings.rater[r]]++;
    }
    IntArrayList kept = new IntArrayList(rows.length);
    for (int r : rows) {
      if (counts[ratings.rater[r]] >= min) {
        kept.add(r);
      }
    }
    return kept.toIntArray();
  }

  private static int[] allRows(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
