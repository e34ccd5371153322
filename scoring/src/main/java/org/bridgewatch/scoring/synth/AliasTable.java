package org.bridgewatch.scoring.synth;

import java.util.SplittableRandom;

/**
 * Vose's alias method: O(1) draws of an item with probability proportional to its weight, so
 * that heavy-tailed rater activity costs nothing per rating.
 */
final class AliasTable {
  private final int[] items;
  private final double[] keep;
  private final int[] alias;

  /** {@code items[k]} is drawn with probability {@code weights[k] / sum(weights)}. */
  AliasTable(int[] items, double[] weights) {
    int n = items.length;
    this.items = items;
    this.keep = new double[n];
    this.alias = new int[n];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int k = 0; k < n; k++) {
      scaled[k] = sum > 0 ? weights[k] * n / sum : 1.0;
      if (scaled[k] < 1.0) {
        small[smallCount++] = k;
      } else {
        large[largeCount++] = k;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      keep[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    while (largeCount > 0) {
      keep[large[--largeCount]] = 1.0;
    }
    while (smallCount > 0) {
      keep[small[--smallCount]] = 1.0; // only reached through rounding error
    }
  }

  int size() {
    return items.length;
  }

  int draw(SplittableRandom rng) {
    int k = rng.nextInt(items.length);
    return items[rng.nextDouble() < keep[k] ? k : alias[k]];
  }
}
