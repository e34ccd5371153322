package org.bridgewatch.scoring.mf;

/** The exact minimization of the objective over the global intercept, all else fixed. */
final class GlobalIntercept {
  private static final int MAX_NEWTON = 20;

  private GlobalIntercept() {}

  static double solve(MfProblem p, MfOptions o, MatrixFactorizer.State s, Regularization reg,
      ChunkRunner runner) {
    if (o.loss() instanceof MfLoss.SquaredError) {
      double[] sums = residualSums(p, s, runner);
      return sums[1] / (sums[0] + reg.global);
    }
    double mu = s.mu;
    // The objective at mu: computed once, then carried over from the accepted line-search point
    // (the same expression at the same mu, so the same bits) instead of one more pass per step.
    double f = Double.NaN;
    for (int it = 0; it < MAX_NEWTON; it++) {
      double[] d = derivatives(p, o.loss(), s, mu, runner);
      double g = d[0] + 2 * reg.global * mu;
      double h = d[1] + 2 * reg.global;
      if (!(h > 0)) {
        break;
      }
      if (Double.isNaN(f)) {
        f = Objective.losses(p, o.loss(), s, mu, runner)[0] + reg.global * mu * mu;
      }
      double step = -g / h;
      double next = mu;
      for (int half = 0; half < 30; half++) {
        double candidate = mu + step;
        double fc = Objective.losses(p, o.loss(), s, candidate, runner)[0]
            + reg.global * candidate * candidate;
        if (fc <= f) {
          next = candidate;
          f = fc;
          break;
        }
        step /= 2;
      }
      if (Math.abs(next - mu) < 1e-13) {
        mu = next;
        break;
      }
      mu = next;
    }
    return mu;
  }

  /** {sum w, sum w * (y - everything but mu)}, reduced in chunk order. */
  private static double[] residualSums(MfProblem p, MatrixFactorizer.State s, ChunkRunner runner) {
    int chunks = ChunkRunner.chunkCount(p.nNotes);
    double[] weight = new double[chunks];
    double[] residual = new double[chunks];
    runner.run(p.nNotes, (chunk, from, to) -> {
      double w0 = 0, r0 = 0;
      for (int n = from; n < to; n++) {
        double in = s.noteIntercept[n];
        double fn = s.noteFactor[n];
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          double w = p.weightByNote == null ? 1.0 : p.weightByNote[k];
          w0 += w;
          r0 += w * (p.targetByNote[k] - s.raterIntercept[u] - in - s.raterFactor[u] * fn);
        }
      }
      weight[chunk] = w0;
      residual[chunk] = r0;
    });
    return new double[] {sum(weight), sum(residual)};
  }

  private static double[] derivatives(MfProblem p, MfLoss loss, MatrixFactorizer.State s,
      double mu, ChunkRunner runner) {
    int chunks = ChunkRunner.chunkCount(p.nNotes);
    double[] g = new double[chunks];
    double[] h = new double[chunks];
    runner.run(p.nNotes, (chunk, from, to) -> {
      double g0 = 0, h0 = 0;
      for (int n = from; n < to; n++) {
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          double w = p.weightByNote == null ? 1.0 : p.weightByNote[k];
          double z = mu + s.raterIntercept[u] + s.noteIntercept[n]
              + s.raterFactor[u] * s.noteFactor[n];
          g0 += w * loss.slope(z, p.targetByNote[k]);
          h0 += w * loss.curvature(z, p.targetByNote[k]);
        }
      }
      g[chunk] = g0;
      h[chunk] = h0;
    });
    return new double[] {sum(g), sum(h)};
  }

  static double sum(double[] values) {
    double t = 0;
    for (double v : values) {
      t += v;
    }
    return t;
  }
}
