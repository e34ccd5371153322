package org.bridgewatch.scoring.topics;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bag of words with document-frequency limits (CountVectorizer's min_df/max_df, as absolute
 * document counts) and smoothed tf-idf with L2-normalized rows (TfidfTransformer defaults:
 * idf = ln((1 + n) / (1 + df)) + 1).
 */
final class TfidfFeatures {
  private final Object2IntOpenHashMap<String> column;
  private final double[] idf;

  private TfidfFeatures(Object2IntOpenHashMap<String> column, double[] idf) {
    this.column = column;
    this.idf = idf;
  }

  /**
   * Learns the vocabulary and idf from already-analyzed training documents.
   *
   * @throws IllegalStateException when no term survives the limits (scikit-learn raises too)
   */
  static TfidfFeatures fit(List<List<String>> docs, int minDf, int maxDf) {
    Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
    for (List<String> doc : docs) {
      for (String token : new HashSet<>(doc)) {
        df.addTo(token, 1);
      }
    }
    String[] terms =
        df.object2IntEntrySet().stream()
            .filter(e -> e.getIntValue() >= minDf && e.getIntValue() <= maxDf)
            .map(e -> e.getKey())
            .sorted()
            .toArray(String[]::new);
    if (terms.length == 0) {
      throw new IllegalStateException("After pruning, no terms remain for the topic model");
    }
    Object2IntOpenHashMap<String> column = new Object2IntOpenHashMap<>(terms.length);
    column.defaultReturnValue(-1);
    double[] idf = new double[terms.length];
    int n = docs.size();
    for (int j = 0; j < terms.length; j++) {
      column.put(terms[j], j);
      idf[j] = Math.log((1.0 + n) / (1.0 + df.getInt(terms[j]))) + 1.0;
    }
    return new TfidfFeatures(column, idf);
  }

  int size() {
    return idf.length;
  }

  Set<String> vocabulary() {
    return column.keySet();
  }

  /** tf-idf rows of analyzed documents; unknown tokens are ignored; all-zero rows stay zero. */
  SparseRows transform(List<List<String>> docs) {
    int[] rowStart = new int[docs.size() + 1];
    IntArrayList cols = new IntArrayList();
    DoubleArrayList vals = new DoubleArrayList();
    for (int i = 0; i < docs.size(); i++) {
      IntArrayList hits = new IntArrayList();
      for (String token : docs.get(i)) {
        int j = column.getInt(token);
        if (j >= 0) {
          hits.add(j);
        }
      }
      int[] sorted = hits.toIntArray();
      java.util.Arrays.sort(sorted);
      int from = vals.size();
      double sumSq = 0;
      for (int a = 0; a < sorted.length; ) {
        int b = a;
        while (b < sorted.length && sorted[b] == sorted[a]) {
          b++;
        }
        double v = (b - a) * idf[sorted[a]];
        cols.add(sorted[a]);
        vals.add(v);
        sumSq += v * v;
        a = b;
      }
      if (sumSq > 0) {
        double norm = Math.sqrt(sumSq);
        for (int k = from; k < vals.size(); k++) {
          vals.set(k, vals.getDouble(k) / norm);
        }
      }
      rowStart[i + 1] = vals.size();
    }
    return new SparseRows(docs.size(), idf.length, rowStart, cols.toIntArray(), vals.toDoubleArray());
  }
}
