package org.bridgewatch.scoring.gaussian;

/**
 * One note's kernel-smoothed curve for one pass (the reference's {@code _return_all_pts}, one
 * note at a time): every rating spreads its value over the bin centers with a Gaussian kernel of
 * the distance between its rater's factor and the center; each bin's weighted mean, pulled toward
 * a prior pseudo-observation, is the curve value at that bin.
 *
 * <p>Ratings against the pass's direction (Not Helpful for CRH, Helpful for CRNH) weigh {@code
 * negWeight} times more, and more again when those raters disagree among themselves ("unexpected"
 * raters far from their side's mean factor). Float32 where numpy computes in float32; per-bin
 * totals accumulate in float64 like {@code np.bincount}. Not thread-safe: scratch buffers are
 * reused between notes.
 */
final class KernelPass {
  /** Half the "unexpected rater" window: raters farther than this from the mean count. */
  private static final float HALF_STD_WINDOW = (float) (0.28 / 2);

  private static final float INSUFFICIENT = -1f;

  private final GaussianParams p;
  private final float[] centers;
  private final int bins;
  private final float bandwidth;
  private final float normConst;
  private final float against;
  private final double baseLog;

  private final float[] row;
  private final double[] baseTotals;
  private final double[] weightTotals;
  private final double[] valueTotals;

  KernelPass(GaussianParams p, float[] centers) {
    this.p = p;
    this.centers = centers.clone();
    this.bins = centers.length;
    this.bandwidth = (float) p.bandwidth();
    this.normConst = (float) (1.0 / (p.bandwidth() * Math.sqrt(2 * Math.PI)));
    this.against = p.flip() ? 1f : 0f;
    this.baseLog = p.adaptiveWeightBase() > 0 ? Math.log(p.adaptiveWeightBase()) : Double.NaN;
    this.row = new float[bins];
    this.baseTotals = new double[bins];
    this.weightTotals = new double[bins];
    this.valueTotals = new double[bins];
  }

  int bins() {
    return bins;
  }

  /** The reference's {@code _gaussian_kernel} at one distance, in float32. */
  static float kernel(float distance, float bandwidth, float normConst) {
    float z = distance / bandwidth;
    return normConst * (float) Math.exp(-0.5f * (z * z));
  }

  /**
   * Fills {@code curve} with the note's clipped bin values (all -1 when some bin has almost no
   * kernel weight) and returns the note's mean signed rater factor.
   *
   * @param helpful original helpfulNum (0, 0.5, 1) of each rating
   * @param factor rater factor of each rating, never NaN
   * @param prior per-bin prior values replacing the factor-tilted prior, or null
   */
  double curve(float[] helpful, float[] factor, int from, int to, float[] prior, float[] curve) {
    int count = to - from;
    double varianceFactor = varianceFactor(helpful, factor, from, to);
    java.util.Arrays.fill(baseTotals, 0);
    java.util.Arrays.fill(weightTotals, 0);
    java.util.Arrays.fill(valueTotals, 0);
    float negWeight = (float) p.negWeight();
    double factorSum = 0;
    int negSide = 0;
    int posSide = 0;
    for (int i = from; i < to; i++) {
      float f = factor[i];
      float value = valueOf(helpful[i]);
      for (int j = 0; j < bins; j++) {
        row[j] = kernel(Math.abs(f - centers[j]), bandwidth, normConst);
      }
      if (p.normalize()) {
        float rowSum = Float32Sums.pairwise(row, 0, bins);
        for (int j = 0; j < bins; j++) {
          row[j] = row[j] / rowSum;
        }
      }
      boolean againstRating = value == 0f;
      for (int j = 0; j < bins; j++) {
        float w = row[j];
        baseTotals[j] += w;
        if (againstRating) {
          w = (float) (w * varianceFactor) * negWeight;
        }
        weightTotals[j] += w;
        valueTotals[j] += w * value;
      }
      float original = p.flip() ? 1f - helpful[i] : helpful[i];
      factorSum += (original - 0.5f) * 2f * f;
      if (f < 0) {
        negSide++;
      } else if (f > 0) {
        posSide++;
      }
    }
    double noteFactor = factorSum / (float) count;
    boolean insufficient = false;
    float weightLim = (float) p.weightLim();
    for (int j = 0; j < bins; j++) {
      if ((float) baseTotals[j] < weightLim) {
        insufficient = true;
      }
    }
    if (insufficient) {
      java.util.Arrays.fill(curve, 0, bins, INSUFFICIENT);
      return noteFactor;
    }
    float smoothingWeight = smoothingWeight(count);
    boolean thinSides = negSide < 3 || posSide < 3;
    float clipLower = (float) p.clipLower();
    float clipUpper = (float) p.clipUpper();
    for (int j = 0; j < bins; j++) {
      float smoothingValue = thinSides ? 0.1f : priorValue(noteFactor, j, prior);
      float totalWeight = (float) weightTotals[j] + smoothingWeight;
      float totalValue = (float) valueTotals[j] + smoothingValue * smoothingWeight;
      float mean = totalWeight != 0f ? totalValue / totalWeight : clipLower;
      curve[j] = Math.min(Math.max(mean, clipLower), clipUpper);
    }
    return noteFactor;
  }

  /** The value a rating contributes: Somewhat Helpful counts as somewhatHelpfulValue; CRNH flips. */
  private float valueOf(float helpfulNum) {
    float v = helpfulNum == 0.5f ? (float) p.somewhatHelpfulValue() : helpfulNum;
    return p.flip() ? 1f - v : v;
  }

  /**
   * Extra weight of ratings against the pass: 1 + k * (share of the note's ratings that are
   * against it and come from raters away from their side's mean factor), capped (k = 3, cap 2 for
   * CRH; k = 4, cap 4 for CRNH). A smooth step of width 1/200 decides "away".
   */
  private double varianceFactor(float[] helpful, float[] factor, int from, int to) {
    Float32Sums.Kahan sum = new Float32Sums.Kahan();
    int n = 0;
    for (int i = from; i < to; i++) {
      if (helpful[i] == against) {
        sum.add(factor[i]);
        n++;
      }
    }
    if (n == 0) {
      return 1.0;
    }
    float mean = sum.sum() / n;
    Float32Sums.Kahan unexpected = new Float32Sums.Kahan();
    for (int i = from; i < to; i++) {
      if (helpful[i] == against) {
        float dist = Math.abs(factor[i] - mean);
        unexpected.add(1f / (1f + (float) Math.exp(-200f * (dist - HALF_STD_WINDOW))));
      }
    }
    double pct = (double) unexpected.sum() / (to - from);
    return Math.min(pct * (p.flip() ? 4 : 3) + 1, p.flip() ? 4.0 : 2.0);
  }

  /** Prior weight: smoothingWeight * log(max(count, base)) / log(base) when adaptive. */
  private float smoothingWeight(int count) {
    if (p.adaptiveWeightBase() <= 0) {
      return (float) p.smoothingWeight();
    }
    float logCount = (float) Math.log(Math.max((float) count, (float) p.adaptiveWeightBase()));
    return (float) (logCount / baseLog * p.smoothingWeight());
  }

  /**
   * Prior value of bin j: smoothingValue tilted by noteFactor * center / 2, never above
   * smoothingValue nor below minPrior; or the given empirical prior.
   */
  private float priorValue(double noteFactor, int j, float[] prior) {
    if (prior != null) {
      return prior[j];
    }
    if (!p.priorFactor()) {
      return (float) p.smoothingValue();
    }
    double tilted = (noteFactor * centers[j]) / 2 + p.smoothingValue();
    float value = (float) Math.min(tilted, p.smoothingValue());
    if (!Double.isNaN(p.minPrior())) {
      value = Math.max(value, (float) p.minPrior());
    }
    return value;
  }

  /**
   * Geometric mean of a curve (the reference's intercept extrapolation): exp(mean(log(values))) in
   * float32; a curve marked insufficient (-1) gives 0.
   */
  static float geometricMean(float[] curve, int bins, float[] scratch) {
    for (int j = 0; j < bins; j++) {
      scratch[j] = (float) Math.log(curve[j]);
    }
    float meanLog = Float32Sums.pairwise(scratch, 0, bins) / bins;
    if (Float.isNaN(meanLog)) {
      return 0f;
    }
    return (float) Math.exp(meanLog);
  }
}
