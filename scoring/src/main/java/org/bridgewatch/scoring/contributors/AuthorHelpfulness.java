package org.bridgewatch.scoring.contributors;

/**
 * Author helpfulness: per author, over their notes, the CRH and CRNH shares and the mean note
 * intercept.
 *
 * <ul>
 *   <li>crhCrnhRatioDifference = CRH/notes - 5 * CRNH/notes ("author helpful vs. not-helpful
 *       ratio");
 *   <li>meanNoteScore = sum of intercepts / notes ("author mean note score").
 * </ul>
 *
 * The reference sums the float32 intercepts per author in float32 with Kahan compensation (pandas
 * groupby sum) and divides in double; this class does the same. Missing intercepts (NaN) add
 * nothing to the sum.
 */
public final class AuthorHelpfulness {
  public final int[] noteCount;
  public final int[] crhCount;
  public final int[] crnhCount;
  public final float[] interceptSum;

  private AuthorHelpfulness(int participants) {
    noteCount = new int[participants];
    crhCount = new int[participants];
    crnhCount = new int[participants];
    interceptSum = new float[participants];
  }

  /**
   * @param author author participant per note
   * @param intercept note intercept per note (NaN when unscored)
   * @param onlyScoredNotes true: notes with a NaN intercept are ignored entirely (rater-helpfulness
   *     use, "don't consider notes we didn't score"); false: they still count as notes (emerging
   *     writer use)
   */
  public static AuthorHelpfulness compute(
      int participants,
      int[] author,
      float[] intercept,
      boolean[] crh,
      boolean[] crnh,
      boolean onlyScoredNotes) {
    AuthorHelpfulness a = new AuthorHelpfulness(participants);
    float[] compensation = new float[participants];
    for (int n = 0; n < author.length; n++) {
      float value = intercept[n];
      boolean missing = Float.isNaN(value);
      if (missing && onlyScoredNotes) {
        continue;
      }
      int p = author[n];
      a.noteCount[p]++;
      if (crh[n]) {
        a.crhCount[p]++;
      }
      if (crnh[n]) {
        a.crnhCount[p]++;
      }
      if (!missing) {
        float y = value - compensation[p];
        float t = a.interceptSum[p] + y;
        compensation[p] = t - a.interceptSum[p] - y;
        a.interceptSum[p] = t;
      }
    }
    return a;
  }

  public boolean isAuthor(int p) {
    return noteCount[p] > 0;
  }

  /** CRH ratio minus {@link HelpfulnessThresholds#CRNH_MULTIPLIER} times CRNH ratio; NaN for non-authors. */
  public double crhCrnhRatioDifference(int p) {
    if (noteCount[p] == 0) {
      return Double.NaN;
    }
    double notes = noteCount[p];
    return crhCount[p] / notes - (crnhCount[p] / notes) * HelpfulnessThresholds.CRNH_MULTIPLIER;
  }

  /** Mean intercept of the author's notes; NaN for non-authors. */
  public double meanNoteScore(int p) {
    return noteCount[p] == 0 ? Double.NaN : (double) interceptSum[p] / noteCount[p];
  }
}
