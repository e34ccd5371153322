package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Per-note "Incorrect" tag evidence from raters close to the note (the reference's {@code
 * incorrect_filter.get_incorrect_aggregates_final_scoring}).
 *
 * <p>Only ratings with some Not Helpful tag count, and only when the rater's and the note's
 * factors, each clipped to [-0.4, 0.4], are less than 0.3 apart. Over those ratings: how many say
 * "Incorrect", the sum of the raters' incorrect-tag rates, how many there are, and the tf-idf style
 * score {@code incorrect / ln(1 + sum of rates)}. Rows without such ratings hold NaN ({@link
 * Nulls#NO_INT} for the count).
 */
public final class IncorrectAggregates {
  static final float FACTOR_CLIP = 0.4f;
  static final float INTERVAL_HALF_WIDTH = 0.3f;

  /** "notHelpfulIncorrect_interval". */
  public final int[] incorrectInterval;
  /** "p_incorrect_user_interval". */
  public final double[] incorrectRateSumInterval;
  /** "num_voters_interval". */
  public final double[] numVotersInterval;
  /** "tf_idf_incorrect_interval". */
  public final double[] tfIdfIncorrectInterval;

  private IncorrectAggregates(int rows) {
    incorrectInterval = new int[rows];
    Arrays.fill(incorrectInterval, Nulls.NO_INT);
    incorrectRateSumInterval = nan(rows);
    numVotersInterval = nan(rows);
    tfIdfIncorrectInterval = nan(rows);
  }

  /** All-absent aggregates, for tests that set values by hand. */
  public static IncorrectAggregates empty(int rows) {
    return new IncorrectAggregates(rows);
  }

  /**
   * @param notes the scored notes (output rows)
   * @param noteFactor per note index, NaN for notes without parameters
   * @param raterFactor per participant, NaN for raters without parameters
   * @param raterRates prescoring's per-rater incorrect-tag counts
   */
  public static IncorrectAggregates compute(
      RatingSlice ratings,
      NoteRows notes,
      float[] noteFactor,
      float[] raterFactor,
      UserIncorrectRatio raterRates) {
    int rows = notes.size();
    IncorrectAggregates out = new IncorrectAggregates(rows);
    int[] incorrect = new int[rows];
    int[] voters = new int[rows];
    Float32Math.KahanDouble rateSum = new Float32Math.KahanDouble(rows);
    int nhMask = UserIncorrectRatio.notHelpfulMask();
    int incorrectBit = RatingTag.NOT_HELPFUL_INCORRECT.bit();
    RatingTable t = ratings.table();
    for (int r : ratings.rows()) {
      int bits = t.tags[r];
      if ((bits & nhMask) == 0) {
        continue;
      }
      int row = notes.rowOf(t.note[r]);
      if (row < 0) {
        continue;
      }
      int rater = t.rater[r];
      if (!withinInterval(raterFactor[rater], noteFactor[t.note[r]])) {
        continue;
      }
      voters[row]++;
      if ((bits & incorrectBit) != 0) {
        incorrect[row]++;
      }
      rateSum.add(row, raterRates.incorrectRate(rater));
    }
    for (int row = 0; row < rows; row++) {
      if (voters[row] == 0) {
        continue;
      }
      out.incorrectInterval[row] = incorrect[row];
      out.incorrectRateSumInterval[row] = rateSum.sum[row];
      out.numVotersInterval[row] = voters[row];
      out.tfIdfIncorrectInterval[row] = incorrect[row] / Math.log(1 + rateSum.sum[row]);
    }
    return out;
  }

  /** Clipped factors closer than the interval half-width, compared in float32 like numpy. */
  static boolean withinInterval(float raterFactor, float noteFactor) {
    float rc = Math.max(-FACTOR_CLIP, Math.min(FACTOR_CLIP, raterFactor));
    float nc = Math.max(-FACTOR_CLIP, Math.min(FACTOR_CLIP, noteFactor));
    return Math.abs(rc - nc) < INTERVAL_HALF_WIDTH;
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
