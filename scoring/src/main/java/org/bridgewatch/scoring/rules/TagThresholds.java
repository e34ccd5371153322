package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Per-tag thresholds of the tag outlier filter: for each Not Helpful tag, the given percentile of
 * the adjusted ratio over notes rated helpful in prescoring (the reference's {@code
 * get_tag_thresholds} and {@code MFBaseScorer.compute_tag_thresholds_for_percentile}). Prescoring
 * computes them; final scoring reads them.
 */
public final class TagThresholds {
  private final double[] byTag;

  private TagThresholds(double[] byTag) {
    this.byTag = byTag;
  }

  /** Thresholds given directly, indexed like {@link TagAggregates#TAGS}. */
  public static TagThresholds of(double[] byTag) {
    if (byTag.length != TagAggregates.TAGS.size()) {
      throw new IllegalArgumentException("need one threshold per Not Helpful tag");
    }
    return new TagThresholds(byTag.clone());
  }

  /** The same threshold for every tag (tests). */
  public static TagThresholds uniform(double threshold) {
    double[] t = new double[TagAggregates.TAGS.size()];
    Arrays.fill(t, threshold);
    return new TagThresholds(t);
  }

  public double threshold(RatingTag tag) {
    return byTag[TagAggregates.indexOf(tag)];
  }

  /** Keyed by the reference's column names ("notHelpfulIncorrectAdjustedRatio" ...). */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (RatingTag tag : TagAggregates.TAGS) {
      m.put(TagAggregates.adjustedRatioColumn(tag), threshold(tag));
    }
    return m;
  }

  /**
   * The {@code percentile}-th percentile (0..99) of each tag's adjusted ratio over the rows where
   * {@code crh} is set; 0.0 for every tag when there is no such row. Like the reference, the
   * quantile is read from numpy's {@code arange(0, 1, 0.01)} grid.
   */
  public static TagThresholds fromCrhNotes(TagAggregates aggregates, boolean[] crh, int percentile) {
    int n = 0;
    for (boolean b : crh) {
      if (b) {
        n++;
      }
    }
    double q = percentile * 0.01; // numpy's arange fills start + i * step
    double[] out = new double[TagAggregates.TAGS.size()];
    if (n == 0) {
      return new TagThresholds(out);
    }
    float[] values = new float[n];
    for (int k = 0; k < out.length; k++) {
      int j = 0;
      for (int row = 0; row < crh.length; row++) {
        if (crh[row]) {
          values[j++] = aggregates.adjustedRatio[k][row];
        }
      }
      Arrays.sort(values);
      out[k] = Float32Math.quantileSorted(values, n, q);
    }
    return new TagThresholds(out);
  }

  /**
   * What prescoring hands to final scoring ({@code compute_tag_thresholds_for_percentile}).
   *
   * @param notes the notes both in the prescoring model's final note parameters and in its scored
   *     notes; tag weights are normalized over exactly these
   * @param noteFactor final-round prescoring note factor per note index
   * @param raterFactor final-round prescoring rater factor per participant (NaN = none)
   * @param crh per row of {@code notes}: was the note CRH in prescoring's scored notes
   * @param percentile the scorer's tagFilterPercentile (95 for Core)
   */
  public static TagThresholds forPercentile(
      RatingSlice ratings,
      NoteRows notes,
      float[] noteFactor,
      float[] raterFactor,
      boolean[] crh,
      int percentile) {
    TagAggregates aggregates = TagAggregates.compute(ratings, notes, noteFactor, raterFactor);
    return fromCrhNotes(aggregates, crh, percentile);
  }
}
