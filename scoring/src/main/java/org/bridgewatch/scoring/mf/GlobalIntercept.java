package org.bridgewatch.scoring.mf;

/**
 * The global intercept's step of a sweep, all else fixed: exact for squared error; for other
 * losses one damped Newton step. Why only one: mu is solved again every sweep and the fit ends only
 * when it stops moving, so solving it to full precision against parameters that are about to
 * change bought nothing, and each Newton iteration is a pass over every rating.
 */
final class GlobalIntercept {
  private static final int MAX_NEWTON = 1;

  private GlobalIntercept() {}

  /**
   * The new global intercept, and the weighted data loss the step summed anyway, with the global
   * intercept it was summed at ({@code lossMu}): the new one for squared error (exact, from the
   * step's own sums), the old one when a logistic step was taken without a check. The fit's
   * loss-change rule needs one objective a sweep, and this saves it a pass over the ratings.
   */
  record Step(double mu, double dataLoss, double lossMu) {
    boolean lossAtNewMu() {
      return lossMu == mu;
    }
  }

  static Step step(MfProblem p, MfOptions o, MatrixFactorizer.State s, Regularization reg,
      ChunkRunner runner) {
    if (o.loss() instanceof MfLoss.SquaredError) {
      // With d = y - prediction at the old mu, the loss at mu + delta is
      // sum w d^2 - 2 delta sum w d + delta^2 sum w: exact, no second pass.
      double[] sums = residualSums(p, s, runner);
      double weight = sums[0];
      double residual = sums[1] + s.mu * weight; // sum w (y - everything but mu)
      double mu = residual / (weight + reg.global);
      double delta = mu - s.mu;
      double loss = sums[2] - 2 * delta * sums[1] + delta * delta * weight;
      return new Step(mu, loss, mu);
    }
    // Damped Newton in mu. Each pass over the ratings yields the objective and both derivatives
    // at one point, so an accepted line-search point already carries the next Newton step.
    double mu = s.mu;
    double[] at = terms(p, o.loss(), s, mu, runner);
    double atMu = mu;
    for (int it = 0; it < MAX_NEWTON; it++) {
      double f = at[0] + reg.global * mu * mu;
      double g = at[1] + 2 * reg.global * mu;
      double h = at[2] + 2 * reg.global;
      if (!(h > 0)) {
        break;
      }
      double step = -g / h;
      if (Math.abs(step) <= LogisticBlockSolver.SAFE_LOGIT_STEP) {
        // Every logit moves by |step| <= 1: guaranteed descent, as for the blocks.
        mu += step;
        break;
      }
      double next = mu;
      for (int half = 0; half < 30; half++) {
        double candidate = mu + step;
        double[] there = terms(p, o.loss(), s, candidate, runner);
        if (there[0] + reg.global * candidate * candidate <= f) {
          next = candidate;
          at = there;
          atMu = candidate;
          break;
        }
        step /= 2;
      }
      boolean done = Math.abs(next - mu) < 1e-13;
      mu = next;
      if (done) {
        break;
      }
    }
    return new Step(mu, at[0], atMu);
  }

  /**
   * {sum w, sum w d, sum w d^2} with d = y - prediction at the current mu, reduced in chunk
   * order.
   */
  private static double[] residualSums(MfProblem p, MatrixFactorizer.State s, ChunkRunner runner) {
    int chunks = ChunkRunner.chunkCount(p.nNotes);
    double[] weight = new double[chunks];
    double[] residual = new double[chunks];
    double[] squared = new double[chunks];
    double mu = s.mu;
    double[] raters = s.packRaters();
    runner.run(p.nNotes, (chunk, from, to) -> {
      double w0 = 0, r0 = 0, q0 = 0;
      for (int n = from; n < to; n++) {
        double in = s.noteIntercept[n];
        double fn = s.noteFactor[n];
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          double w = p.weightByNote == null ? 1.0 : p.weightByNote[k];
          double d = p.targetByNote[k] - (mu + raters[2 * u] + in + raters[2 * u + 1] * fn);
          w0 += w;
          r0 += w * d;
          q0 += w * d * d;
        }
      }
      weight[chunk] = w0;
      residual[chunk] = r0;
      squared[chunk] = q0;
    });
    return new double[] {sum(weight), sum(residual), sum(squared)};
  }

  /** {sum w * loss, sum w * slope, sum w * curvature} at global intercept mu, in chunk order. */
  private static double[] terms(MfProblem p, MfLoss loss, MatrixFactorizer.State s, double mu,
      ChunkRunner runner) {
    int chunks = ChunkRunner.chunkCount(p.nNotes);
    double[][] partial = new double[chunks][];
    double[] raters = s.packRaters();
    runner.run(p.nNotes, (chunk, from, to) -> {
      double[] sums = new double[3];
      for (int n = from; n < to; n++) {
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          double w = p.weightByNote == null ? 1.0 : p.weightByNote[k];
          double z = mu + raters[2 * u] + s.noteIntercept[n] + raters[2 * u + 1] * s.noteFactor[n];
          loss.addTerms(z, p.targetByNote[k], w, sums);
        }
      }
      partial[chunk] = sums;
    });
    double[] total = new double[3];
    for (double[] sums : partial) {
      for (int i = 0; i < 3; i++) {
        total[i] += sums[i];
      }
    }
    return total;
  }

  static double sum(double[] values) {
    double t = 0;
    for (double v : values) {
      t += v;
    }
    return t;
  }
}
