package org.bridgewatch.scoring.rules;

/**
 * Small numeric helpers that reproduce how numpy/pandas compute a few float32 statistics, so
 * that weights derived from them round the same way as the reference's.
 */
final class Float32Math {
  private Float32Math() {}

  /** pandas' float32 mean, skipping NaN: sum and count in float32. */
  static float mean(float[] values) {
    double sum = 0;
    int n = 0;
    for (float v : values) {
      if (!Float.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return (float) sum / (float) n;
  }

  /**
   * pandas' float32 population standard deviation (ddof=0), skipping NaN: the two-pass variance is
   * accumulated in float64, rounded to float32, then square-rooted in float32.
   */
  static float std(float[] values) {
    double sum = 0;
    int n = 0;
    for (float v : values) {
      if (!Float.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    double avg = sum / n;
    double sq = 0;
    for (float v : values) {
      if (!Float.isNaN(v)) {
        double d = avg - v;
        sq += d * d;
      }
    }
    float var = (float) (sq / n);
    return (float) Math.sqrt(var);
  }

  /**
   * numpy's default ("linear") quantile of already sorted, NaN-free values, computed in float64 as
   * numpy does: {@code prev + (next - prev) * g}, or from the upper neighbour when {@code g >= 0.5}.
   * NaN when there are no values.
   */
  static double quantileSorted(float[] sorted, int n, double q) {
    if (n == 0) {
      return Double.NaN; // as pandas: the quantile of no (non-NaN) values, e.g. when every factor is 0
    }
    double virtual = (n - 1) * q;
    int prev = (int) Math.floor(virtual);
    prev = Math.max(0, Math.min(prev, n - 1));
    int next = Math.min(prev + 1, n - 1);
    double gamma = virtual - prev;
    double a = sorted[prev];
    double b = sorted[next];
    float diff = (float) (b - a); // numpy subtracts the two float32 neighbours in float32
    if (gamma >= 0.5) {
      return b - diff * (1 - gamma);
    }
    return a + diff * gamma;
  }

  /** Kahan-compensated float32 running sums per group, as pandas' groupby sum does. */
  static final class KahanFloat {
    final float[] sum;
    private final float[] comp;

    KahanFloat(int groups) {
      sum = new float[groups];
      comp = new float[groups];
    }

    void add(int group, float value) {
      float y = value - comp[group];
      float t = sum[group] + y;
      float c = t - sum[group] - y;
      comp[group] = Float.isNaN(c) ? 0f : c;
      sum[group] = t;
    }
  }

  /** Kahan-compensated float64 running sums per group, as pandas' groupby sum does. */
  static final class KahanDouble {
    final double[] sum;
    private final double[] comp;

    KahanDouble(int groups) {
      sum = new double[groups];
      comp = new double[groups];
    }

    void add(int group, double value) {
      double y = value - comp[group];
      double t = sum[group] + y;
      double c = t - sum[group] - y;
      comp[group] = Double.isNaN(c) ? 0 : c;
      sum[group] = t;
    }
  }
}
