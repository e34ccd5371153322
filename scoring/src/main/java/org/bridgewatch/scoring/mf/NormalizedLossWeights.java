package org.bridgewatch.scoring.mf;

/**
 * Per-rating weights of the reference's normalized loss, computed from the rater factors of a
 * first, unweighted fit. Applied in the reference's order: note sign balance (alpha-smoothed
 * ratio of negative- to positive-factor weight, totals per note preserved), global sign balance
 * (positive-factor ratings scaled by #negative/#positive ratings, total preserved), note
 * normalization (times the note's total weight to a power), rater normalization (likewise).
 * Factors exactly 0 count as negative, as there.
 */
final class NormalizedLossWeights {
  private NormalizedLossWeights() {}

  /** Weights in the problem's rater-grouped order. */
  static float[] compute(MfProblem p, float[] raterFactor, NormalizedLossHyperparameters h) {
    double[] w = new double[p.size];
    java.util.Arrays.fill(w, 1.0);
    if (!Double.isNaN(h.noteSignAlpha())) {
      noteSign(p, raterFactor, h.noteSignAlpha(), w);
    }
    if (h.globalSignNorm()) {
      globalSign(p, raterFactor, w);
    }
    if (h.noteNormExp() != 0) {
      noteNorm(p, h.noteNormExp(), w);
    }
    if (h.raterNormExp() != 0) {
      raterNorm(p, h.raterNormExp(), w);
    }
    float[] out = new float[p.size];
    for (int k = 0; k < p.size; k++) {
      out[k] = (float) w[k];
    }
    return out;
  }

  private static void noteSign(MfProblem p, float[] raterFactor, double alpha, double[] w) {
    double[] total = new double[p.nNotes];
    double[] pos = new double[p.nNotes];
    double[] neg = new double[p.nNotes];
    forEach(p, (k, u, n) -> {
      total[n] += w[k];
      if (raterFactor[u] > 0) {
        pos[n] += w[k];
      } else {
        neg[n] += w[k];
      }
    });
    double[] after = new double[p.nNotes];
    forEach(p, (k, u, n) -> {
      // Notes rated from one side only keep their weights.
      boolean bothSides = pos[n] > 0 && neg[n] > 0;
      if (bothSides && raterFactor[u] > 0) {
        w[k] *= (alpha + neg[n]) / (alpha + pos[n]);
      }
      after[n] += w[k];
    });
    forEach(p, (k, u, n) -> w[k] = w[k] / after[n] * total[n]);
  }

  private static void globalSign(MfProblem p, float[] raterFactor, double[] w) {
    long posCount = 0;
    long negCount = 0;
    double before = 0;
    for (int u = 0; u < p.nRaters; u++) {
      for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
        before += w[k];
        if (raterFactor[u] > 0) {
          posCount++;
        } else {
          negCount++;
        }
      }
    }
    double ratio = (double) negCount / posCount;
    double after = 0;
    for (int u = 0; u < p.nRaters; u++) {
      for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
        if (raterFactor[u] > 0) {
          w[k] *= ratio;
        }
        after += w[k];
      }
    }
    double scale = before / after;
    for (int k = 0; k < p.size; k++) {
      w[k] *= scale;
    }
  }

  private static void noteNorm(MfProblem p, double exponent, double[] w) {
    double[] total = new double[p.nNotes];
    forEach(p, (k, u, n) -> total[n] += w[k]);
    forEach(p, (k, u, n) -> w[k] *= Math.pow(total[n], exponent));
  }

  private static void raterNorm(MfProblem p, double exponent, double[] w) {
    for (int u = 0; u < p.nRaters; u++) {
      double total = 0;
      for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
        total += w[k];
      }
      double m = Math.pow(total, exponent);
      for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
        w[k] *= m;
      }
    }
  }

  private interface RatingVisitor {
    void visit(int k, int rater, int note);
  }

  private static void forEach(MfProblem p, RatingVisitor v) {
    for (int u = 0; u < p.nRaters; u++) {
      for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
        v.visit(k, u, p.noteByRater[k]);
      }
    }
  }
}
