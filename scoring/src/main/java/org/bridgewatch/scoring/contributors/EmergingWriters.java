package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.NoteTable;

/**
 * isEmergingWriter: an author whose notes' mean core intercept is above 0.3 and whose notes
 * received at least 10 ratings in the last 28 days. The mean divides by all the author's notes,
 * scored or not (a missing intercept adds 0).
 */
public final class EmergingWriters {
  public static final double MIN_MEAN_NOTE_SCORE = 0.3;
  public static final int MIN_RECENT_RATINGS = 10;

  private EmergingWriters() {}

  public static boolean[] compute(
      int participants,
      NoteTable notes,
      NoteOutcomes outcomes,
      float[] coreNoteIntercept,
      int[] numRatingsLast28Days) {
    AuthorHelpfulness authors =
        AuthorHelpfulness.compute(
            participants, notes.author, coreNoteIntercept, outcomes.crh(), outcomes.crnh(), false);
    long[] recentRatings = new long[participants];
    for (int n = 0; n < notes.size; n++) {
      recentRatings[notes.author[n]] += numRatingsLast28Days[n];
    }
    boolean[] emerging = new boolean[participants];
    for (int p = 0; p < participants; p++) {
      emerging[p] =
          authors.meanNoteScore(p) > MIN_MEAN_NOTE_SCORE && recentRatings[p] >= MIN_RECENT_RATINGS;
    }
    return emerging;
  }
}
