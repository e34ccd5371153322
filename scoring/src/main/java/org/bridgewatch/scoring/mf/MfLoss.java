package org.bridgewatch.scoring.mf;

/**
 * The per-rating loss of a prediction {@code z} against a target {@code y}, with its first two
 * derivatives in {@code z}. The reference averages it over ratings (optionally weighted).
 */
public sealed interface MfLoss {
  double value(double z, double y);

  double slope(double z, double y);

  double curvature(double z, double y);

  /** Adds {@code w} times the value, slope and curvature at {@code z} to {@code sums[0..2]}. */
  default void addTerms(double z, double y, double w, double[] sums) {
    sums[0] += w * value(z, y);
    sums[1] += w * slope(z, y);
    sums[2] += w * curvature(z, y);
  }

  /** Squared error, the helpfulness model's loss (torch MSELoss). */
  MfLoss SQUARED_ERROR = new SquaredError();

  /**
   * Binary cross-entropy on the logit with the positive class weighted by {@code posWeight}
   * (torch BCEWithLogitsLoss(pos_weight)): {@code -[posWeight*y*log s(z) + (1-y)*log(1-s(z))]}.
   * The tag-consensus model uses it.
   */
  static MfLoss logistic(double posWeight) {
    return new Logistic(posWeight);
  }

  record SquaredError() implements MfLoss {
    @Override
    public double value(double z, double y) {
      double e = z - y;
      return e * e;
    }

    @Override
    public double slope(double z, double y) {
      return 2 * (z - y);
    }

    @Override
    public double curvature(double z, double y) {
      return 2;
    }
  }

  record Logistic(double posWeight) implements MfLoss {
    @Override
    public double value(double z, double y) {
      // softplus(z) and softplus(-z) share log1p(exp(-|z|)): one log1p instead of two, same bits.
      double l = Log1p.ofUnitInterval(Math.exp(-Math.abs(z)));
      double softplusNeg = z < 0 ? -z + l : l;
      double softplusPos = z > 0 ? z + l : l;
      return posWeight * y * softplusNeg + (1 - y) * softplusPos;
    }

    @Override
    public double slope(double z, double y) {
      double s = sigmoid(z);
      return -posWeight * y * (1 - s) + (1 - y) * s;
    }

    @Override
    public double curvature(double z, double y) {
      double s = sigmoid(z);
      return (posWeight * y + (1 - y)) * s * (1 - s);
    }

    /** Value, slope and curvature from one {@code exp(-|z|)}: the same formulas, fused. */
    @Override
    public void addTerms(double z, double y, double w, double[] sums) {
      double e = Math.exp(-Math.abs(z));
      double u = 1 + e;
      double r = 1 / u;
      double l = Log1p.ofUnitInterval(e, u, r);
      double softplusNeg = z < 0 ? -z + l : l;
      double softplusPos = z > 0 ? z + l : l;
      double s = z >= 0 ? r : e * r;
      sums[0] += w * (posWeight * y * softplusNeg + (1 - y) * softplusPos);
      sums[1] += w * (-posWeight * y * (1 - s) + (1 - y) * s);
      sums[2] += w * ((posWeight * y + (1 - y)) * s * (1 - s));
    }

    private static double sigmoid(double x) {
      if (x >= 0) {
        return 1 / (1 + Math.exp(-x));
      }
      double e = Math.exp(x);
      return e / (1 + e);
    }
  }
}
