package org.bridgewatch.cli.scored;

import java.util.Arrays;

/**
 * How closely one numeric column agrees between two runs, over the notes where both have a value:
 * Pearson r and quantiles of the absolute difference.
 */
public record NumericAgreement(
    String column, long notes, double pearson, double p50, double p90, double p99, double max) {

  static NumericAgreement of(String column, ScoredNotesColumns a, ScoredNotesColumns b) {
    double[] xs = new double[a.size()];
    double[] ys = new double[a.size()];
    int n = 0;
    for (int ra = 0; ra < a.size(); ra++) {
      int rb = b.rowOf(a.noteId(ra));
      if (rb < 0) {
        continue;
      }
      double x = a.number(column, ra);
      double y = b.number(column, rb);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        continue;
      }
      xs[n] = x;
      ys[n] = y;
      n++;
    }
    double[] diffs = new double[n];
    for (int k = 0; k < n; k++) {
      diffs[k] = Math.abs(xs[k] - ys[k]);
    }
    Arrays.sort(diffs);
    return new NumericAgreement(column, n, pearson(xs, ys, n), quantile(diffs, 0.50),
        quantile(diffs, 0.90), quantile(diffs, 0.99), n == 0 ? Double.NaN : diffs[n - 1]);
  }

  /** Pearson correlation; 1 when both sides are identical constants, NaN when undefined. */
  static double pearson(double[] xs, double[] ys, int n) {
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int k = 0; k < n; k++) {
      mx += xs[k];
      my += ys[k];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    boolean identical = true;
    for (int k = 0; k < n; k++) {
      double dx = xs[k] - mx;
      double dy = ys[k] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
      identical &= xs[k] == ys[k];
    }
    if (sxx == 0 || syy == 0) {
      return identical ? 1.0 : Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Nearest-rank quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
