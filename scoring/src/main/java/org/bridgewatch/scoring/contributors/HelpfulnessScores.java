package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Rater and author helpfulness as one scorer computes them between its first and final rounds.
 *
 * <p>A participant has a row ({@link #present}) when they authored a note with an intercept or
 * made a valid rating. aboveHelpfulnessThreshold ("filtering ratings based on helpfulness
 * scores") requires
 *
 * <ul>
 *   <li>for authors: crhCrnhRatioDifference &gt;= 0.0 and meanNoteScore &gt;= 0.05 (participants
 *       without scored notes pass this part);
 *   <li>raterAgreeRatio = successful valid ratings / valid ratings &gt;= 0.66, hence at least one
 *       valid rating;
 *   <li>the same ratio after the harassment-abuse penalty, (s - penalty) / t, &gt;= 0.66.
 * </ul>
 *
 * The documented "at least 10 ratings" is not checked here: the scorer applies it beforehand to its
 * training ratings ({@link MinimumRatingCountFilter}), and the filter only ever keeps training
 * ratings.
 */
public final class HelpfulnessScores {
  public final boolean[] present;
  public final double[] crhCrnhRatioDifference;
  public final double[] meanNoteScore;
  public final double[] raterAgreeRatio;
  public final double[] totalHelpfulHarassmentRatingsPenalty;
  public final double[] raterAgreeRatioWithHarassmentAbusePenalty;
  /** False for participants without a row (the reference's NaN, filled with False to filter). */
  public final boolean[] aboveHelpfulnessThreshold;
  /** The valid-rating counts behind the rater ratios. */
  public final RaterTrackRecord trackRecord;

  private HelpfulnessScores(int participants, RaterTrackRecord trackRecord) {
    present = new boolean[participants];
    crhCrnhRatioDifference = new double[participants];
    meanNoteScore = new double[participants];
    raterAgreeRatio = new double[participants];
    totalHelpfulHarassmentRatingsPenalty = new double[participants];
    raterAgreeRatioWithHarassmentAbusePenalty = new double[participants];
    aboveHelpfulnessThreshold = new boolean[participants];
    this.trackRecord = trackRecord;
  }

  /**
   * The whole computation from a scorer's inputs.
   *
   * @param noteIntercept first-round intercept per note index, NaN for notes the scorer did not
   *     score
   * @param firstRound first-round statuses per note index
   * @param scorerRatingRows the scorer's ratings, for valid ratings (null: all)
   * @param history the input note status history (before this run)
   * @param trainingRows the scorer's training ratings, scanned for the harassment penalty; null
   *     together with {@code harassmentIntercept} for the pre-harassment pass (no penalty)
   * @param harassmentIntercept tag-consensus harassment intercept per note index, NaN when absent
   */
  public static HelpfulnessScores compute(
      int participants,
      NoteTable notes,
      float[] noteIntercept,
      NoteOutcomes firstRound,
      RatingTable ratings,
      int[] scorerRatingRows,
      NoteHistoryLookup history,
      int[] trainingRows,
      float[] harassmentIntercept,
      HelpfulnessThresholds thresholds) {
    AuthorHelpfulness authors =
        AuthorHelpfulness.compute(
            participants, notes.author, noteIntercept, firstRound.crh(), firstRound.crnh(), true);
    RaterTrackRecord raters =
        RaterTrackRecord.compute(participants, ratings, scorerRatingRows, history, firstRound);
    double[] penalty =
        harassmentIntercept == null
            ? null
            : HarassmentPenalty.compute(
                participants, ratings, trainingRows, harassmentIntercept, thresholds);
    return combine(authors, raters, penalty, thresholds);
  }

  /** Combines precomputed parts; {@code penalty} may be null (no penalty). */
  public static HelpfulnessScores combine(
      AuthorHelpfulness authors,
      RaterTrackRecord raters,
      double[] penalty,
      HelpfulnessThresholds thresholds) {
    int participants = authors.noteCount.length;
    HelpfulnessScores s = new HelpfulnessScores(participants, raters);
    for (int p = 0; p < participants; p++) {
      boolean present = authors.isAuthor(p) || raters.hasValidRatings[p];
      s.present[p] = present;
      s.crhCrnhRatioDifference[p] = authors.crhCrnhRatioDifference(p);
      s.meanNoteScore[p] = authors.meanNoteScore(p);
      double valid = raters.hasValidRatings[p] ? raters.validRatings[p] : Double.NaN;
      double agree = raters.successfulTotal(p);
      double pen = penalty == null ? 0.0 : penalty[p];
      s.raterAgreeRatio[p] = agree / valid;
      s.totalHelpfulHarassmentRatingsPenalty[p] = present ? pen : Double.NaN;
      s.raterAgreeRatioWithHarassmentAbusePenalty[p] = (agree - pen) / valid;
      s.aboveHelpfulnessThreshold[p] = present && isAboveThreshold(s, p, thresholds);
    }
    return s;
  }

  private static boolean isAboveThreshold(HelpfulnessScores s, int p, HelpfulnessThresholds t) {
    double diff = s.crhCrnhRatioDifference[p];
    double mean = s.meanNoteScore[p];
    boolean authorOk =
        (diff >= t.minCrhVsCrnhRatio() && mean >= t.minMeanNoteScore())
            || (Double.isNaN(diff) && Double.isNaN(mean))
            || (Double.isNaN(diff) && mean >= t.minMeanNoteScore());
    return authorOk
        && s.raterAgreeRatio[p] >= t.minRaterAgreeRatio()
        && s.raterAgreeRatioWithHarassmentAbusePenalty[p] >= t.minRaterAgreeRatio();
  }
}
