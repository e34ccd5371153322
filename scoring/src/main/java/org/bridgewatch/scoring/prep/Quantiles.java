package org.bridgewatch.scoring.prep;

import java.util.Arrays;

/** numpy's default ("linear") quantile, computed the way numpy rounds it. */
final class Quantiles {
  private Quantiles() {}

  /** Returns NaN for an empty input. Does not modify {@code values}. */
  static double linear(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double virtualIndex = q * (sorted.length - 1);
    int lo = (int) Math.floor(virtualIndex);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double t = virtualIndex - lo;
    double a = sorted[lo];
    double b = sorted[hi];
    double diff = b - a;
    // numpy's _lerp: switch formula at t >= 0.5 for monotonicity.
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
