package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Topic-model confidence (the topic scorers' topicNoteConfident): a note the topic model fit is
 * confident when more than {@code minPerSide} of its final-round ratings come from raters on each
 * side of the factor axis (factor >= 0 and factor < 0). Notes without an intercept are not
 * confident. Shared by MFTopicScorer and GaussianTopicScorer, which differ only in the threshold
 * and in whose rater factors count.
 */
public final class TopicConfidence {
  /** MFTopicScorer's numConfidenceRatings. */
  public static final int MIN_RATINGS_PER_SIDE = 4;

  private TopicConfidence() {}

  /**
   * @param rows the final-round rating rows
   * @param raterFactor final rater factor per participant (NaN: rater not in the fit)
   * @param noteIntercept final intercept per note (NaN: not fit)
   * @return per note: 1 confident, 0 not
   */
  public static byte[] compute(
      RatingTable ratings, int[] rows, float[] raterFactor, float[] noteIntercept, int minPerSide) {
    int notes = noteIntercept.length;
    int[] pos = new int[notes];
    int[] neg = new int[notes];
    for (int r : rows) {
      float f = raterFactor[ratings.rater[r]];
      int note = ratings.note[r];
      if (f >= 0) {
        pos[note]++;
      } else if (f < 0) {
        neg[note]++;
      }
    }
    byte[] out = new byte[notes];
    Arrays.fill(out, (byte) 0);
    for (int n = 0; n < notes; n++) {
      if (!Float.isNaN(noteIntercept[n]) && pos[n] > minPerSide && neg[n] > minPerSide) {
        out[n] = 1;
      }
    }
    return out;
  }

  /** Keeps values only for notes the scorer scored; others become unknown. */
  public static byte[] scoredOnly(byte[] confident, byte[] status) {
    byte[] out = confident.clone();
    for (int n = 0; n < out.length; n++) {
      if (status[n] == Nulls.NO_CODE) {
        out[n] = Nulls.NO_CODE;
      }
    }
    return out;
  }
}
