package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Rater engagement baseline ("tag high volume raters"): a rater is high volume when, in the last 7
 * or the last 28 days before the newest rating, they made strictly more ratings than the 99.9th
 * percentile of raters active in that window. Their ratings are left out of the NoHighVol intercept
 * run. The reference tags after de-duplicating ratings and dropping ratings without a helpfulness
 * value, before any note filtering; pass that set as {@code include}.
 *
 * <p>Memory: one int counter and one flag per participant, plus a sorted copy of the active
 * raters' counts per window; time O(ratings + raters log raters).
 */
public final class HighVolumeRaters {
  private static final long DAY_MILLIS = 1000L * 60 * 60 * 24;

  private HighVolumeRaters() {}

  /**
   * Per participant: is this a high-volume rater?
   *
   * @param include rating rows to consider, or null for all
   * @param participantCount size of the ParticipantIndex
   */
  public static boolean[] flagRaters(
      RatingTable ratings, boolean[] include, int participantCount, HighVolumeOptions options) {
    boolean[] flagged = new boolean[participantCount];
    if (distinctNotes(ratings, include, options.minNumNotesForProdData())
        < options.minNumNotesForProdData()) {
      return flagged;
    }
    long newest = Long.MIN_VALUE;
    for (int r = 0; r < ratings.size; r++) {
      if (include == null || include[r]) {
        newest = Math.max(newest, ratings.createdAtMillis[r]);
      }
    }
    int[] counts = new int[participantCount];
    for (int days : options.windowDays()) {
      Arrays.fill(counts, 0);
      long cutoff = newest - days * DAY_MILLIS;
      for (int r = 0; r < ratings.size; r++) {
        if ((include == null || include[r]) && ratings.createdAtMillis[r] > cutoff) {
          counts[ratings.rater[r]]++;
        }
      }
      double threshold = threshold(counts, options.quantile());
      for (int p = 0; p < participantCount; p++) {
        if (counts[p] > 0 && counts[p] > threshold) {
          flagged[p] = true;
        }
      }
    }
    return flagged;
  }

  /** The window's threshold: the quantile over raters with at least one rating in the window. */
  static double threshold(int[] counts, double quantile) {
    long[] active = new long[counts.length];
    int n = 0;
    for (int c : counts) {
      if (c > 0) {
        active[n++] = c;
      }
    }
    Arrays.sort(active, 0, n);
    return NumpyQuantile.linear(active, n, quantile);
  }

  /** Per rating row: was it made by a flagged participant? */
  public static boolean[] perRating(RatingTable ratings, boolean[] raterFlags) {
    boolean[] out = new boolean[ratings.size];
    for (int r = 0; r < ratings.size; r++) {
      out[r] = raterFlags[ratings.rater[r]];
    }
    return out;
  }

  /** Distinct rated noteIds, counting stops at {@code enough}. */
  private static int distinctNotes(RatingTable ratings, boolean[] include, int enough) {
    LongOpenHashSet ids = new LongOpenHashSet();
    for (int r = 0; r < ratings.size && ids.size() < enough; r++) {
      if (include == null || include[r]) {
        ids.add(ratings.noteId(r));
      }
    }
    return ids.size();
  }
}
