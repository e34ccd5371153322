package org.bridgewatch.scoring.contributors;

import java.util.Arrays;
import org.bridgewatch.scoring.model.Nulls;

/**
 * The contributor-phase columns of {@code helpfulness_scores.tsv}, one slot per participant index.
 * Missing values: NaN for the count columns the reference holds as floats, {@link Nulls#NO_INT},
 * {@link Nulls#NO_TIME}, null strings.
 *
 * <p>{@link #present} marks participants the contributor phase gives a row (raters with a rating
 * inside the valid-rating window on a scored note, note authors, status-history authors, enrolled
 * participants). Participants only known to a scorer's prescoring output still get the reference's
 * defaults here: timestampOfLastEarnOut 1 and zero 14/90-day totals.
 */
public final class ContributorScores {
  public final int size;
  public final boolean[] present;

  public final double[] successfulRatingHelpfulCount;
  public final double[] successfulRatingNotHelpfulCount;
  public final double[] successfulRatingTotal;
  public final double[] unsuccessfulRatingHelpfulCount;
  public final double[] unsuccessfulRatingNotHelpfulCount;
  public final double[] unsuccessfulRatingTotal;
  public final double[] ratingsAwaitingMoreRatings;
  public final double[] ratedAfterDecision;

  public final double[] notesCurrentlyRatedHelpful;
  public final double[] notesCurrentlyRatedNotHelpful;
  public final double[] notesAwaitingMoreRatings;
  public final double[] aggregateRatingReceivedTotal;

  /** {@link org.bridgewatch.scoring.model.EnrollmentState#outputCode}; NO_INT when absent. */
  public final int[] enrollmentState;
  public final int[] successfulRatingNeededToEarnIn;
  public final String[] authorTopNotHelpfulTagValues;
  public final long[] timestampOfLastStateChange;
  public final boolean[] isEmergingWriter;
  public final long[] timestampOfLastEarnOut;
  public final int[] numberOfTimesEarnedOut;
  /** Not written by the reference; kept for callers (NaN when absent). */
  public final double[] ratingImpact;

  public final int[] crhTotal14d;
  public final int[] crnhTotal14d;
  public final int[] nmrTotal14d;
  public final int[] crhTotal90d;
  public final int[] crnhTotal90d;
  public final int[] nmrTotal90d;

  ContributorScores(int size) {
    this.size = size;
    present = new boolean[size];
    successfulRatingHelpfulCount = nan(size);
    successfulRatingNotHelpfulCount = nan(size);
    successfulRatingTotal = nan(size);
    unsuccessfulRatingHelpfulCount = nan(size);
    unsuccessfulRatingNotHelpfulCount = nan(size);
    unsuccessfulRatingTotal = nan(size);
    ratingsAwaitingMoreRatings = nan(size);
    ratedAfterDecision = nan(size);
    notesCurrentlyRatedHelpful = nan(size);
    notesCurrentlyRatedNotHelpful = nan(size);
    notesAwaitingMoreRatings = nan(size);
    aggregateRatingReceivedTotal = nan(size);
    enrollmentState = filled(size, Nulls.NO_INT);
    successfulRatingNeededToEarnIn = filled(size, Nulls.NO_INT);
    authorTopNotHelpfulTagValues = new String[size];
    timestampOfLastStateChange = new long[size];
    Arrays.fill(timestampOfLastStateChange, Nulls.NO_TIME);
    isEmergingWriter = new boolean[size];
    timestampOfLastEarnOut = new long[size];
    numberOfTimesEarnedOut = filled(size, Nulls.NO_INT);
    ratingImpact = nan(size);
    crhTotal14d = new int[size];
    crnhTotal14d = new int[size];
    nmrTotal14d = new int[size];
    crhTotal90d = new int[size];
    crnhTotal90d = new int[size];
    nmrTotal90d = new int[size];
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  private static int[] filled(int n, int v) {
    int[] a = new int[n];
    Arrays.fill(a, v);
    return a;
  }
}
