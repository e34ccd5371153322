package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Ratings split by the sign of the rater's factor (the reference's {@code
 * get_note_counts_by_rater_sign} and {@code get_population_sampled_counts_by_rater_sign}). Raters
 * without a factor (NaN) are left out; a factor of exactly 0 counts as positive.
 *
 * <p>These feed the ratio-CRNH rule (mean helpfulness per side, minimum ratings per side) and the
 * minority-rater safeguards: <em>net helpful</em> is Helpful minus Not Helpful ratings on one
 * side, {@link #netMinHelpful} the smaller side's value clipped at 0, and {@link
 * #netMinHelpfulRatio} that divided by all the note's counted ratings.
 */
public final class RaterSignCounts {
  public final int[] negCount;
  public final int[] posCount;
  /** min(negCount, posCount); 0 for notes without counted ratings. */
  public final int[] minSignCount;
  /** Mean helpfulNum of negative-factor raters (float32 as in the reference); NaN if none. */
  public final float[] negMeanHelpfulNum;

  public final float[] posMeanHelpfulNum;
  public final int[] netMinHelpful;
  public final float[] netMinHelpfulRatio;
  public final int[] negPopulationSampledCount;
  public final int[] posPopulationSampledCount;

  private RaterSignCounts(int rows) {
    negCount = new int[rows];
    posCount = new int[rows];
    minSignCount = new int[rows];
    negMeanHelpfulNum = new float[rows];
    posMeanHelpfulNum = new float[rows];
    Arrays.fill(negMeanHelpfulNum, Float.NaN);
    Arrays.fill(posMeanHelpfulNum, Float.NaN);
    netMinHelpful = new int[rows];
    netMinHelpfulRatio = new float[rows];
    negPopulationSampledCount = new int[rows];
    posPopulationSampledCount = new int[rows];
  }

  /** No counted ratings anywhere, for tests that set values by hand. */
  public static RaterSignCounts zeros(int rows) {
    return new RaterSignCounts(rows);
  }

  /**
   * @param raterFactor per participant index; NaN for raters the model has no factor for
   */
  public static RaterSignCounts compute(RatingSlice ratings, NoteRows notes, float[] raterFactor) {
    int rows = notes.size();
    RaterSignCounts s = new RaterSignCounts(rows);
    // [side][level][row]: side 0 negative, 1 positive; level = HelpfulnessLevel code.
    int[][][] byLevel = new int[2][HelpfulnessLevel.values().length][rows];
    RatingTable t = ratings.table();
    byte sampled = RatingSource.POPULATION_SAMPLED.code();
    for (int r : ratings.rows()) {
      int row = notes.rowOf(t.note[r]);
      if (row < 0) {
        continue;
      }
      float f = raterFactor[t.rater[r]];
      if (Float.isNaN(f)) {
        continue;
      }
      int side = f < 0 ? 0 : 1;
      byLevel[side][t.level[r]][row]++;
      if (t.source[r] == sampled) {
        if (side == 0) {
          s.negPopulationSampledCount[row]++;
        } else {
          s.posPopulationSampledCount[row]++;
        }
      }
    }
    int notHelpful = HelpfulnessLevel.NOT_HELPFUL.code();
    int somewhat = HelpfulnessLevel.SOMEWHAT_HELPFUL.code();
    int helpful = HelpfulnessLevel.HELPFUL.code();
    for (int row = 0; row < rows; row++) {
      int neg = byLevel[0][notHelpful][row] + byLevel[0][somewhat][row] + byLevel[0][helpful][row];
      int pos = byLevel[1][notHelpful][row] + byLevel[1][somewhat][row] + byLevel[1][helpful][row];
      if (neg + pos == 0) {
        continue;
      }
      s.negCount[row] = neg;
      s.posCount[row] = pos;
      s.minSignCount[row] = Math.min(neg, pos);
      s.negMeanHelpfulNum[row] = meanHelpfulNum(byLevel[0], row, neg);
      s.posMeanHelpfulNum[row] = meanHelpfulNum(byLevel[1], row, pos);
      int negNet = byLevel[0][helpful][row] - byLevel[0][notHelpful][row];
      int posNet = byLevel[1][helpful][row] - byLevel[1][notHelpful][row];
      int net = Math.max(0, Math.min(negNet, posNet));
      s.netMinHelpful[row] = net;
      s.netMinHelpfulRatio[row] = (float) ((double) net / (neg + pos));
    }
    return s;
  }

  private static float meanHelpfulNum(int[][] levels, int row, int count) {
    if (count == 0) {
      return Float.NaN;
    }
    double sum =
        levels[HelpfulnessLevel.HELPFUL.code()][row]
            + 0.5 * levels[HelpfulnessLevel.SOMEWHAT_HELPFUL.code()][row];
    return (float) (sum / count);
  }
}
