package org.bridgewatch.scoring.mf;

/**
 * Pseudo-rater sensitivity analysis (ranking-notes "Modeling Uncertainty"): how far each note's
 * parameters move when one extreme rating is added. Following the reference as it runs today
 * (not-helpful pseudo-ratings are off), the extreme raters all have the minimum rater intercept
 * and the minimum, zero and maximum rater factor; each adds one helpful (1.0) rating to every
 * note. Notes are refit with raters and the global intercept frozen, on four data sets: the
 * original ratings ("refit_orig") and the originals plus each extreme rater's ratings; the bounds
 * are the min / median / max over the four refits.
 *
 * <p>The refit's model is rebuilt from a subset of the scorer's arguments in the reference: same
 * lambdas and global-intercept switch, but no diamond term and no loss ratios, so the note L2
 * terms are means over the notes while the data term is a mean over the (larger) rating count.
 * With raters frozen every note is an independent 2x2 ridge problem, solved exactly. Rating
 * weights are ignored: the refit model has no normalized loss.
 */
public final class PseudoRaterBounds {
  private PseudoRaterBounds() {}

  /** Per-note results; medians are doubles like the reference's aggregate. */
  public record Bounds(
      float[] interceptMin,
      float[] interceptMax,
      double[] interceptMedian,
      float[] interceptRefit,
      float[] factorMin,
      float[] factorMax,
      double[] factorMedian,
      float[] factorRefit,
      int[] ratingCountAll,
      int[] ratingCountNegativeFactor,
      int[] ratingCountPositiveFactor) {}

  /**
   * @param problem the final-round ratings the parameters were fit on
   * @param params that fit's parameters (rater and global values are held fixed)
   * @param options the scorer's options: lambdas and {@code useGlobalIntercept} are used
   */
  public static Bounds compute(MfProblem problem, MfParams params, MfOptions options) {
    int nNotes = problem.nNotes;
    float minIntercept = Float.POSITIVE_INFINITY;
    float minFactor = Float.POSITIVE_INFINITY;
    float maxFactor = Float.NEGATIVE_INFINITY;
    for (int u = 0; u < problem.nRaters; u++) {
      minIntercept = Math.min(minIntercept, params.raterIntercept[u]);
      minFactor = Math.min(minFactor, params.raterFactor[u]);
      maxFactor = Math.max(maxFactor, params.raterFactor[u]);
    }
    float[] extremeFactor = {minFactor, 0f, maxFactor};
    double mu = options.useGlobalIntercept() ? params.globalIntercept : 0;

    Bounds b = new Bounds(new float[nNotes], new float[nNotes], new double[nNotes],
        new float[nNotes], new float[nNotes], new float[nNotes], new double[nNotes],
        new float[nNotes], new int[nNotes], new int[nNotes], new int[nNotes]);
    double[] ab = new double[2];
    float[] intercepts = new float[4];
    float[] factors = new float[4];
    for (int n = 0; n < nNotes; n++) {
      double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
      int negative = 0, positive = 0;
      for (int k = problem.noteStart[n]; k < problem.noteStart[n + 1]; k++) {
        int u = problem.raterByNote[k];
        double x = params.raterFactor[u];
        double t = problem.targetByNote[k] - mu - params.raterIntercept[u];
        s0 += 1;
        s1 += x;
        s2 += x * x;
        t0 += t;
        t1 += t * x;
        if (x < 0) {
          negative++;
        } else if (x > 0) {
          positive++;
        }
      }
      b.ratingCountAll()[n] = problem.noteRatingCount(n);
      b.ratingCountNegativeFactor()[n] = negative;
      b.ratingCountPositiveFactor()[n] = positive;

      solve(s0, s1, s2, t0, t1, problem.size, nNotes, options, ab);
      intercepts[0] = (float) ab[0];
      factors[0] = (float) ab[1];
      double extraT = 1.0 - mu - minIntercept;
      for (int e = 0; e < 3; e++) {
        double x = extremeFactor[e];
        solve(s0 + 1, s1 + x, s2 + x * x, t0 + extraT, t1 + extraT * x,
            problem.size + nNotes, nNotes, options, ab);
        intercepts[e + 1] = (float) ab[0];
        factors[e + 1] = (float) ab[1];
      }
      b.interceptRefit()[n] = intercepts[0];
      b.factorRefit()[n] = factors[0];
      summarize(intercepts, n, b.interceptMin(), b.interceptMax(), b.interceptMedian());
      summarize(factors, n, b.factorMin(), b.factorMax(), b.factorMedian());
    }
    return b;
  }

  /** The note's ridge solve in a data set of {@code ratings} ratings over {@code notes} notes. */
  private static void solve(double s0, double s1, double s2, double t0, double t1, long ratings,
      int notes, MfOptions o, double[] ab) {
    double cA = (double) ratings * o.noteInterceptLambda() / notes;
    double cB = (double) ratings * o.noteFactorLambda() / notes;
    double a = s0 + cA;
    double bb = s2 + cB;
    double det = a * bb - s1 * s1;
    ab[0] = (bb * t0 - s1 * t1) / det;
    ab[1] = (a * t1 - s1 * t0) / det;
  }

  private static void summarize(float[] v, int n, float[] min, float[] max, double[] median) {
    float[] s = v.clone();
    java.util.Arrays.sort(s);
    min[n] = s[0];
    max[n] = s[3];
    median[n] = ((double) s[1] + s[2]) / 2;
  }
}
