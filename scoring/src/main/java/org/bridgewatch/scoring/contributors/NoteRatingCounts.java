package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * Ratings received per note (numRatings) and those made in the 28 days before "now"
 * (numRatingsLast28, strictly after now - 28 days), over the contributor-phase ratings.
 */
public final class NoteRatingCounts {
  public static final long EMERGING_WRITER_WINDOW_MILLIS = 28L * 24 * 60 * 60 * 1000;

  public final int[] numRatings;
  public final int[] numRatingsLast28Days;

  private NoteRatingCounts(int notes) {
    numRatings = new int[notes];
    numRatingsLast28Days = new int[notes];
  }

  public static NoteRatingCounts compute(int notes, RatingTable ratings, int[] rows, long nowMillis) {
    NoteRatingCounts c = new NoteRatingCounts(notes);
    long since = nowMillis - EMERGING_WRITER_WINDOW_MILLIS;
    int n = rows == null ? ratings.size : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      int note = ratings.note[r];
      if (note < 0) {
        continue;
      }
      c.numRatings[note]++;
      if (ratings.createdAtMillis[r] > since) {
        c.numRatingsLast28Days[note]++;
      }
    }
    return c;
  }
}
