package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Distance-weighted Not Helpful tag totals per note, the input of the tag outlier filter (the
 * reference's {@code tag_filter.get_note_tag_aggregates}).
 *
 * <p>Note and rater factors are z-normalized separately; a rating's weight is {@code 1 / (1 +
 * (d / d40)^5)} where {@code d} is the distance between the rater's and the note's normalized
 * factors and {@code d40} the 40th percentile of all such distances. A tag's <em>adjusted</em>
 * total is the sum of the weights of the ratings carrying it, its <em>adjusted ratio</em> that
 * divided by the note's total weight. Only ratings whose note and rater both have a factor count.
 * Values are float32, as in the reference. Rows without any counted rating hold NaN.
 */
public final class TagAggregates {
  /** The Not Helpful tags, in column order; index {@code k} of the arrays below. */
  public static final List<RatingTag> TAGS = RatingTag.NOT_HELPFUL_TAGS;

  static final int DISTANCE_PERCENTILE = 40;

  /** Sum of the note's rating weights ("ratingWeight"). */
  public final float[] ratingWeight;
  /** {@code adjusted[k][row]}: weighted count of tag {@code TAGS.get(k)}. */
  public final float[][] adjusted;
  /** {@code adjustedRatio[k][row]} = adjusted / ratingWeight. */
  public final float[][] adjustedRatio;

  private TagAggregates(int rows) {
    ratingWeight = nanArray(rows);
    adjusted = new float[TAGS.size()][];
    adjustedRatio = new float[TAGS.size()][];
    for (int k = 0; k < TAGS.size(); k++) {
      adjusted[k] = nanArray(rows);
      adjustedRatio[k] = nanArray(rows);
    }
  }

  /** All-NaN aggregates, for tests that set values by hand. */
  public static TagAggregates empty(int rows) {
    return new TagAggregates(rows);
  }

  public int size() {
    return ratingWeight.length;
  }

  /** Column name of a tag's adjusted total, e.g. "notHelpfulIncorrectAdjusted". */
  public static String adjustedColumn(RatingTag tag) {
    return tag.column + "Adjusted";
  }

  /** Column name of a tag's adjusted ratio, e.g. "notHelpfulIncorrectAdjustedRatio". */
  public static String adjustedRatioColumn(RatingTag tag) {
    return tag.column + "AdjustedRatio";
  }

  /** Index of a Not Helpful tag in {@link #TAGS}. */
  public static int indexOf(RatingTag tag) {
    return tag.ordinal() - RatingTag.NOT_HELPFUL_OTHER.ordinal();
  }

  /**
   * @param notes the notes of the model's note parameters; the normalization runs over their
   *     factors and the result has one row per note of this set
   * @param noteFactor per note index (read only for {@code notes})
   * @param raterFactor per participant index; NaN for raters outside the model's rater parameters
   */
  public static TagAggregates compute(
      RatingSlice ratings, NoteRows notes, float[] noteFactor, float[] raterFactor) {
    float[] noteF = new float[notes.size()];
    for (int row = 0; row < noteF.length; row++) {
      noteF[row] = noteFactor[notes.note(row)];
    }
    float noteMean = Float32Math.mean(noteF);
    float noteStd = Float32Math.std(noteF);
    float raterMean = Float32Math.mean(raterFactor);
    float raterStd = Float32Math.std(raterFactor);

    RatingTable t = ratings.table();
    int[] rows = ratings.rows();
    int[] noteRow = new int[rows.length];
    float[] distance = new float[rows.length];
    int counted = 0;
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      int row = notes.rowOf(t.note[r]);
      float rf = raterFactor[t.rater[r]];
      if (row < 0 || Float.isNaN(rf) || Float.isNaN(noteF[row])) {
        noteRow[i] = -1;
        continue;
      }
      float rn = (rf - raterMean) / raterStd;
      float nn = (noteF[row] - noteMean) / noteStd;
      noteRow[i] = row;
      distance[i] = Math.abs(rn - nn);
      counted++;
    }
    TagAggregates out = new TagAggregates(notes.size());
    if (counted == 0) {
      return out;
    }
    float d40 = (float) percentileOf(distance, noteRow, counted, DISTANCE_PERCENTILE / 100.0);

    Float32Math.KahanFloat weightSum = new Float32Math.KahanFloat(notes.size());
    Float32Math.KahanFloat[] tagSum = new Float32Math.KahanFloat[TAGS.size()];
    for (int k = 0; k < tagSum.length; k++) {
      tagSum[k] = new Float32Math.KahanFloat(notes.size());
    }
    boolean[] seen = new boolean[notes.size()];
    for (int i = 0; i < rows.length; i++) {
      int row = noteRow[i];
      if (row < 0) {
        continue;
      }
      float weight = 1f / (1f + (float) Math.pow(distance[i] / d40, 5));
      seen[row] = true;
      weightSum.add(row, weight);
      int bits = t.tags[rows[i]];
      for (int k = 0; k < tagSum.length; k++) {
        tagSum[k].add(row, TAGS.get(k).isSet(bits) ? weight : 0f);
      }
    }
    for (int row = 0; row < notes.size(); row++) {
      if (!seen[row]) {
        continue;
      }
      out.ratingWeight[row] = weightSum.sum[row];
      for (int k = 0; k < tagSum.length; k++) {
        out.adjusted[k][row] = tagSum[k].sum[row];
        out.adjustedRatio[k][row] = tagSum[k].sum[row] / weightSum.sum[row];
      }
    }
    return out;
  }

  /** These aggregates re-indexed onto {@code target}'s rows; notes absent here get NaN. */
  public TagAggregates alignTo(NoteRows from, NoteRows target) {
    TagAggregates out = new TagAggregates(target.size());
    for (int row = 0; row < target.size(); row++) {
      int src = from.rowOf(target.note(row));
      if (src < 0) {
        continue;
      }
      out.ratingWeight[row] = ratingWeight[src];
      for (int k = 0; k < TAGS.size(); k++) {
        out.adjusted[k][row] = adjusted[k][src];
        out.adjustedRatio[k][row] = adjustedRatio[k][src];
      }
    }
    return out;
  }

  private static double percentileOf(float[] values, int[] keep, int n, double q) {
    float[] sorted = new float[n];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      if (keep[i] >= 0 && !Float.isNaN(values[i])) {
        sorted[j++] = values[i];
      }
    }
    Arrays.sort(sorted, 0, j);
    return Float32Math.quantileSorted(sorted, j, q);
  }

  private static float[] nanArray(int n) {
    float[] a = new float[n];
    Arrays.fill(a, Float.NaN);
    return a;
  }
}
