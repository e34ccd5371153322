package org.bridgewatch.scoring.mf;

import java.util.SplittableRandom;

/** Planted-parameter rating data for tests. */
final class Synthetic {
  final MfProblem problem;
  final int[] note;
  final int[] rater;
  final float[] target;
  final double[] noteIntercept;
  final double[] noteFactor;
  final double[] raterIntercept;
  final double[] raterFactor;
  final double mu;

  private Synthetic(int nNotes, int nRaters, int perNote, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    noteIntercept = new double[nNotes];
    noteFactor = new double[nNotes];
    raterIntercept = new double[nRaters];
    raterFactor = new double[nRaters];
    mu = 0.1;
    for (int n = 0; n < nNotes; n++) {
      noteIntercept[n] = r.nextDouble(-0.4, 0.4);
      noteFactor[n] = r.nextDouble(-0.8, 0.8);
    }
    for (int u = 0; u < nRaters; u++) {
      raterIntercept[u] = r.nextDouble(-0.2, 0.2);
      // Two camps, like the political split the model is built for; more raters on one side.
      raterFactor[u] = (u % 5 < 3 ? -1 : 1) * r.nextDouble(0.3, 1.0);
    }
    int size = nNotes * perNote;
    note = new int[size];
    rater = new int[size];
    target = new float[size];
    int k = 0;
    for (int n = 0; n < nNotes; n++) {
      java.util.BitSet used = new java.util.BitSet(nRaters);
      for (int j = 0; j < perNote; j++) {
        int u = r.nextInt(nRaters);
        while (used.get(u)) {
          u = r.nextInt(nRaters);
        }
        used.set(u);
        note[k] = n;
        rater[k] = u;
        double y = mu + raterIntercept[u] + noteIntercept[n] + raterFactor[u] * noteFactor[n]
            + noise * r.nextGaussian();
        target[k] = (float) y;
        k++;
      }
    }
    // Guarantee every rater appears (compact indexes), by reassigning the first ratings.
    for (int u = 0, kk = 0; u < nRaters; u++) {
      boolean seen = false;
      for (int i = 0; i < size && !seen; i++) {
        seen = rater[i] == u;
      }
      if (!seen) {
        rater[kk] = u;
        kk += perNote;
      }
    }
    problem = MfProblem.of(nNotes, nRaters, note, rater, target);
  }

  static Synthetic planted(int nNotes, int nRaters, int perNote, double noise, long seed) {
    return new Synthetic(nNotes, nRaters, perNote, noise, seed);
  }

  static double pearson(float[] a, double[] b) {
    double[] x = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      x[i] = a[i];
    }
    return pearson(x, b);
  }

  static double pearson(double[] a, double[] b) {
    int n = a.length;
    double ma = 0, mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
