package org.bridgewatch.scoring.gaussian;

/**
 * Float32 reductions in the order numpy and pandas perform them, so that sums over bins and
 * group means round as in the reference.
 */
final class Float32Sums {
  private Float32Sums() {}

  /**
   * numpy's pairwise float32 sum of {@code a[0..n)} (the contiguous inner loop of {@code
   * add.reduce}): plain for fewer than 8 values, else eight interleaved partial sums combined as
   * ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the tail; blocks above 128 values split in halves.
   */
  static float pairwise(float[] a, int from, int n) {
    if (n < 8) {
      float s = 0f;
      for (int i = 0; i < n; i++) {
        s += a[from + i];
      }
      return s;
    }
    if (n <= 128) {
      float r0 = a[from];
      float r1 = a[from + 1];
      float r2 = a[from + 2];
      float r3 = a[from + 3];
      float r4 = a[from + 4];
      float r5 = a[from + 5];
      float r6 = a[from + 6];
      float r7 = a[from + 7];
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        r0 += a[from + i];
        r1 += a[from + i + 1];
        r2 += a[from + i + 2];
        r3 += a[from + i + 3];
        r4 += a[from + i + 4];
        r5 += a[from + i + 5];
        r6 += a[from + i + 6];
        r7 += a[from + i + 7];
      }
      float s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        s += a[from + i];
      }
      return s;
    }
    int half = n / 2;
    half -= half % 8;
    return pairwise(a, from, half) + pairwise(a, from + half, n - half);
  }

  /** A Kahan-compensated float32 running sum, as pandas' cython groupby sum and mean keep. */
  static final class Kahan {
    private float sum;
    private float compensation;

    void add(float value) {
      float y = value - compensation;
      float t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }

    float sum() {
      return sum;
    }
  }
}
