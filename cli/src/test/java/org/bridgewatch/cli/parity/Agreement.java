package org.bridgewatch.cli.parity;

import java.util.ArrayList;
import java.util.List;

/** Pearson correlation and status agreement between our outputs and the reference's. */
final class Agreement {
  private Agreement() {}

  /** Pearson r of a numeric column over keys where both files have a value. */
  static Correlation pearson(KeyedTsv ours, KeyedTsv reference, String column) {
    List<double[]> pairs = new ArrayList<>();
    for (String key : reference.rows().keySet()) {
      String a = ours.get(key, column);
      String b = reference.get(key, column);
      if (!a.isEmpty() && !b.isEmpty()) {
        pairs.add(new double[] {Double.parseDouble(a), Double.parseDouble(b)});
      }
    }
    double n = pairs.size();
    double mx = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
    double my = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return new Correlation(column, pairs.size(), sxy / Math.sqrt(sxx * syy));
  }

  /** Share of keys with a reference value in {@code column} where ours is the same. */
  static Match statusAgreement(KeyedTsv ours, KeyedTsv reference, String column) {
    return statusAgreement(ours, reference, column, key -> true);
  }

  /** As {@link #statusAgreement(KeyedTsv, KeyedTsv, String)}, over reference keys {@code in}. */
  static Match statusAgreement(
      KeyedTsv ours, KeyedTsv reference, String column, java.util.function.Predicate<String> in) {
    int total = 0;
    int same = 0;
    for (String key : reference.rows().keySet()) {
      String b = reference.get(key, column);
      if (!b.isEmpty() && in.test(key)) {
        total++;
        if (b.equals(ours.get(key, column))) {
          same++;
        }
      }
    }
    return new Match(column, total, same);
  }

  record Correlation(String column, int n, double r) {
    @Override
    public String toString() {
      return String.format("%-28s n=%6d  r=%.6f", column, n, r);
    }
  }

  record Match(String column, int total, int same) {
    double share() {
      return total == 0 ? 1.0 : (double) same / total;
    }

    @Override
    public String toString() {
      return String.format("%-28s %6d of %6d agree (%.2f%%)", column, same, total, 100 * share());
    }
  }
}
