package org.bridgewatch.scoring.mf.reputation;

import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;

/**
 * Exact solver for a round that trains only one note block (note intercept or note factor): the
 * objective then splits into one convex one-dimensional problem per note,
 * {@code (1/N) sum_r w_r BCE(a_r + x c_r, y_r) + penalty x^2}, with {@code c_r} the rater's
 * reputation (intercept) or factor (factor). Each is solved by safeguarded Newton steps.
 */
public final class NoteBlockSolver {
  private static final int MAX_NEWTON = 100;
  private static final double STEP_TOLERANCE = 1e-12;

  private NoteBlockSolver() {}

  static void solve(ReputationProblem p, ReputationParams x, ReputationRound round,
      ChunkRunner chunks) {
    if (round.trainable().size() != 1
        || !(round.trains(Block.NOTE_INTERCEPT) || round.trains(Block.NOTE_FACTOR))) {
      throw new IllegalArgumentException("only a single note block can be solved per note");
    }
    boolean intercept = round.trains(Block.NOTE_INTERCEPT);
    float[] out = intercept ? x.noteIntercept : x.noteFactor;
    double pen = intercept ? round.penalty().noteIntercept() : round.penalty().noteFactor();
    float[] w = round.weights();
    int n = p.size;
    chunks.run(p.nNotes, (c, from, to) -> {
      int most = 0;
      for (int note = from; note < to; note++) {
        most = Math.max(most, p.noteRatingCount(note));
      }
      double[] a = new double[most];
      double[] slope = new double[most];
      double[] weight = new double[most];
      boolean[] positive = new boolean[most];
      for (int note = from; note < to; note++) {
        int k0 = p.noteStart[note];
        int count = p.noteStart[note + 1] - k0;
        for (int j = 0; j < count; j++) {
          int r = p.byNote[k0 + j];
          int u = p.rater[r];
          double fixedPart = intercept
              ? (double) x.noteFactor[note] * x.raterFactor[u]
              : (double) x.noteIntercept[note] * x.raterReputation[u];
          a[j] = fixedPart + x.raterIntercept[u] + x.globalIntercept;
          slope[j] = intercept ? x.raterReputation[u] : x.raterFactor[u];
          weight[j] = (double) w[r] / n;
          positive[j] = p.target[r] == 1f;
        }
        out[note] = (float) minimize(a, slope, weight, positive, count, pen, out[note]);
      }
    });
  }

  /** Newton on a strictly convex 1-D objective, halving steps that do not lower it. */
  static double minimize(double[] a, double[] c, double[] w, boolean[] pos, int count,
      double pen, double start) {
    double x = start;
    double f = value(a, c, w, pos, count, pen, x);
    for (int it = 0; it < MAX_NEWTON; it++) {
      double d1 = 2 * pen * x;
      double d2 = 2 * pen;
      for (int j = 0; j < count; j++) {
        double s = ReputationObjective.sigmoid(a[j] + x * c[j]);
        d1 += w[j] * (s - (pos[j] ? 1 : 0)) * c[j];
        d2 += w[j] * s * (1 - s) * c[j] * c[j];
      }
      if (d2 <= 0 || d1 == 0) {
        break;
      }
      double step = -d1 / d2;
      double next = x + step;
      double fNext = value(a, c, w, pos, count, pen, next);
      int halvings = 0;
      while (fNext > f && halvings < 60) {
        step /= 2;
        next = x + step;
        fNext = value(a, c, w, pos, count, pen, next);
        halvings++;
      }
      if (fNext > f) {
        break;
      }
      x = next;
      f = fNext;
      if (Math.abs(step) <= STEP_TOLERANCE * Math.max(1, Math.abs(x))) {
        break;
      }
    }
    return x;
  }

  private static double value(double[] a, double[] c, double[] w, boolean[] pos, int count,
      double pen, double x) {
    double v = pen * x * x;
    for (int j = 0; j < count; j++) {
      double z = a[j] + x * c[j];
      v += w[j] * ReputationObjective.softplus(pos[j] ? -z : z);
    }
    return v;
  }
}
