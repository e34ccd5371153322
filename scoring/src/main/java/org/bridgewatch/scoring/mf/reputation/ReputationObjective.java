package org.bridgewatch.scoring.mf.reputation;

import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;

/**
 * Evaluates a round's objective (see {@link ReputationRound}) and its gradient in the trainable
 * blocks. Per-rating terms are computed over rating chunks, then summed per note and per rater
 * along the grouped index lists, so sums run in a fixed order whatever the thread count.
 */
final class ReputationObjective {
  private final ReputationProblem p;
  private final ChunkRunner chunks;
  /** d(mean loss)/d(logit) per rating. */
  private final double[] residual;
  private final double[] chunkLoss;
  private final double[] chunkResidual;

  ReputationObjective(ReputationProblem p, ChunkRunner chunks) {
    this.p = p;
    this.chunks = chunks;
    this.residual = new double[p.size];
    this.chunkLoss = new double[chunks.chunks(p.size)];
    this.chunkResidual = new double[chunks.chunks(p.size)];
  }

  /** Gradient of the objective, one array per parameter block (null when not trainable). */
  static final class Gradient {
    final double[] noteIntercept;
    final double[] noteFactor;
    final double[] raterIntercept;
    final double[] raterFactor;
    final double[] raterReputation;
    double global;

    Gradient(ReputationProblem p) {
      noteIntercept = new double[p.nNotes];
      noteFactor = new double[p.nNotes];
      raterIntercept = new double[p.nRaters];
      raterFactor = new double[p.nRaters];
      raterReputation = new double[p.nRaters];
    }

    double[] of(Block b) {
      return switch (b) {
        case NOTE_INTERCEPT -> noteIntercept;
        case NOTE_FACTOR -> noteFactor;
        case RATER_INTERCEPT -> raterIntercept;
        case RATER_FACTOR -> raterFactor;
        case RATER_REPUTATION -> raterReputation;
        case GLOBAL -> null;
      };
    }
  }

  /** The objective; fills {@code g} (when not null) for the round's trainable blocks. */
  double evaluate(ReputationParams x, ReputationRound round, Gradient g) {
    int n = p.size;
    float[] w = round.weights();
    chunks.run(n, (c, from, to) -> {
      double loss = 0;
      double res = 0;
      for (int r = from; r < to; r++) {
        float z = x.logit(p.note[r], p.rater[r]);
        boolean positive = p.target[r] == 1f;
        // BCEWithLogits: softplus(-z) for a positive, softplus(z) for a negative.
        loss += w[r] * softplus(positive ? -z : z);
        double d = w[r] * (sigmoid(z) - (positive ? 1 : 0)) / n;
        residual[r] = d;
        res += d;
      }
      chunkLoss[c] = loss;
      chunkResidual[c] = res;
    });
    double data = 0;
    double residualSum = 0;
    for (int c = 0; c < chunks.chunks(n); c++) {
      data += chunkLoss[c];
      residualSum += chunkResidual[c];
    }
    double value = data / n + penalty(x, round.penalty());
    if (g != null) {
      gradient(x, round, g, residualSum);
    }
    return value;
  }

  static double penalty(ReputationParams x, ReputationRound.Penalty pen) {
    double v = pen.global() * (double) x.globalIntercept * x.globalIntercept;
    for (Block b : Block.values()) {
      if (b != Block.GLOBAL) {
        v += pen.of(b) * sumOfSquares(x.block(b));
      }
    }
    return v;
  }

  private void gradient(ReputationParams x, ReputationRound round, Gradient g, double resSum) {
    ReputationRound.Penalty pen = round.penalty();
    boolean ni = round.trains(Block.NOTE_INTERCEPT);
    boolean nf = round.trains(Block.NOTE_FACTOR);
    if (ni || nf) {
      chunks.run(p.nNotes, (c, from, to) -> {
        for (int note = from; note < to; note++) {
          double si = 0;
          double sf = 0;
          for (int k = p.noteStart[note]; k < p.noteStart[note + 1]; k++) {
            int r = p.byNote[k];
            int u = p.rater[r];
            si += residual[r] * x.raterReputation[u];
            sf += residual[r] * x.raterFactor[u];
          }
          g.noteIntercept[note] = si + 2 * pen.noteIntercept() * x.noteIntercept[note];
          g.noteFactor[note] = sf + 2 * pen.noteFactor() * x.noteFactor[note];
        }
      });
    }
    boolean ri = round.trains(Block.RATER_INTERCEPT);
    boolean rf = round.trains(Block.RATER_FACTOR);
    boolean rr = round.trains(Block.RATER_REPUTATION);
    if (ri || rf || rr) {
      chunks.run(p.nRaters, (c, from, to) -> {
        for (int u = from; u < to; u++) {
          double si = 0;
          double sf = 0;
          double sr = 0;
          for (int k = p.raterStart[u]; k < p.raterStart[u + 1]; k++) {
            int r = p.byRater[k];
            int note = p.note[r];
            si += residual[r];
            sf += residual[r] * x.noteFactor[note];
            sr += residual[r] * x.noteIntercept[note];
          }
          g.raterIntercept[u] = si + 2 * pen.raterIntercept() * x.raterIntercept[u];
          g.raterFactor[u] = sf + 2 * pen.raterFactor() * x.raterFactor[u];
          g.raterReputation[u] = sr + 2 * pen.raterReputation() * x.raterReputation[u];
        }
      });
    }
    g.global = resSum + 2 * pen.global() * x.globalIntercept;
  }

  private static double sumOfSquares(float[] a) {
    double s = 0;
    for (float v : a) {
      s += (double) v * v;
    }
    return s;
  }

  static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }
}
