package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Tag-consensus harassment-abuse penalty: every HELPFUL rating on a note whose harassment
 * intercept is at least the minimum (2.0) costs the rater 10 agreements, scaled by intercept / 2.0
 * when {@link HelpfulnessThresholds#multiplyPenaltyByHarassmentScore()} is on. Unlike the agree
 * ratio, this looks at every rating given (the scorer's training ratings), not only valid ones.
 */
public final class HarassmentPenalty {
  private HarassmentPenalty() {}

  /**
   * Total penalty per participant (0 when none).
   *
   * @param rows rating rows to scan (null: all)
   * @param harassmentIntercept per note index, NaN when the note has none
   */
  public static double[] compute(
      int participants,
      RatingTable ratings,
      int[] rows,
      float[] harassmentIntercept,
      HelpfulnessThresholds thresholds) {
    double[] total = new double[participants];
    double[] compensation = new double[participants];
    byte helpful = HelpfulnessLevel.HELPFUL.code();
    float minimum = thresholds.minimumHarassmentScoreToPenalize();
    int n = rows == null ? ratings.size : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      int note = ratings.note[r];
      if (note < 0 || ratings.level[r] != helpful) {
        continue;
      }
      float score = harassmentIntercept[note];
      if (!(score >= minimum)) {
        continue;
      }
      double penalty = thresholds.harassmentHelpfulRatingPenalty();
      if (thresholds.multiplyPenaltyByHarassmentScore()) {
        // float32 column divided by a scalar stays float32 in the reference.
        penalty *= (double) (score / minimum);
      }
      int p = ratings.rater[r];
      double y = penalty - compensation[p];
      double t = total[p] + y;
      compensation[p] = t - total[p] - y;
      total[p] = t;
    }
    return total;
  }
}
