package org.bridgewatch.scoring.mf;

/** Data-term sums of the objective, reduced over fixed chunks in chunk order. */
final class Objective {
  private Objective() {}

  /** {sum w * loss, sum loss} at the state's parameters. */
  static double[] losses(MfProblem p, MfLoss loss, MatrixFactorizer.State s,
      boolean useGlobalIntercept, ChunkRunner runner) {
    return losses(p, loss, s, s.effectiveMu(useGlobalIntercept), runner);
  }

  /** {sum w * loss, sum loss} with the global intercept replaced by {@code mu}. */
  static double[] losses(MfProblem p, MfLoss loss, MatrixFactorizer.State s, double mu,
      ChunkRunner runner) {
    int chunks = ChunkRunner.chunkCount(p.nNotes);
    double[] weighted = new double[chunks];
    double[] plain = new double[chunks];
    double[] raters = s.packRaters();
    runner.run(p.nNotes, (chunk, from, to) -> {
      double a = 0, b = 0;
      for (int n = from; n < to; n++) {
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          double z = mu + raters[2 * u] + s.noteIntercept[n] + raters[2 * u + 1] * s.noteFactor[n];
          double l = loss.value(z, p.targetByNote[k]);
          a += (p.weightByNote == null ? 1.0 : p.weightByNote[k]) * l;
          b += l;
        }
      }
      weighted[chunk] = a;
      plain[chunk] = b;
    });
    return new double[] {GlobalIntercept.sum(weighted), GlobalIntercept.sum(plain)};
  }
}
