package org.bridgewatch.scoring.safeguards;

/** Unordered participant pairs packed into one long: (smaller index, larger index). */
final class PairKeys {
  private PairKeys() {}

  static long of(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  static int first(long key) {
    return (int) (key >>> 32);
  }

  static int second(long key) {
    return (int) key;
  }
}
