package org.bridgewatch.scoring.safeguards;

/**
 * The quantile pandas computes for {@code Series.quantile(q)} (numpy "linear" method), reproduced
 * bit for bit because the high-volume rule compares integer counts against it with {@code >}: pandas
 * passes {@code q * 100.0} to numpy, which divides by 100 again, so 0.999 becomes
 * 0.9990000000000001 and the virtual index {@code (n-1) * q} can land just past an integer.
 */
final class NumpyQuantile {
  private NumpyQuantile() {}

  /** Quantile of {@code sorted} (ascending, length n); NaN when empty. */
  static double linear(long[] sorted, int n, double q) {
    if (n == 0) {
      return Double.NaN;
    }
    double effectiveQ = (q * 100.0) / 100.0;
    double virtualIndex = (n - 1) * effectiveQ;
    int previous;
    int next;
    if (virtualIndex >= n - 1) {
      previous = n - 1;
      next = n - 1;
    } else if (virtualIndex < 0) {
      previous = 0;
      next = 0;
    } else {
      previous = (int) Math.floor(virtualIndex);
      next = previous + 1;
    }
    double gamma = virtualIndex - Math.floor(virtualIndex);
    double a = sorted[previous];
    double b = sorted[next];
    double diff = b - a;
    // numpy's _lerp switches formula at t >= 0.5 for monotonicity.
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
  }
}
