package org.bridgewatch.scoring.mf;

/**
 * The damped Newton minimization of one block under the logistic loss (see {@link BlockSolver}).
 *
 * <p>Why a class of its own: this is the hottest loop of a run (the tag-consensus model sweeps
 * hundreds of times). Each pass over the block computes the objective, gradient and Hessian
 * together from one {@code exp(-|z|)}, one log and one division per rating (the same fused
 * arithmetic as {@link MfLoss.Logistic#addTerms}), and most steps need only that one pass (see
 * {@link #SAFE_LOGIT_STEP}).
 */
final class LogisticBlockSolver {
  /**
   * Newton steps per block and sweep. The block is solved again on every sweep until the whole
   * fit stops moving, so polishing it to machine precision against neighbours that are about to
   * move only multiplied the passes over its ratings (each one an exp and a log per rating).
   */
  private static final int MAX_NEWTON = 1;

  /**
   * Largest change of any rating's logit for which a Newton step is taken without checking the
   * objective at the new point. Why it is safe: the logistic loss's third derivative is bounded
   * by its second ({@code |s(1-s)(1-2s)| <= s(1-s)}), so along a step that moves every logit by
   * at most {@code d} the block's curvature grows by at most {@code e^d}; a full Newton step then
   * lowers the objective by at least {@code (1 - (e^d - 1 - d) / d^2)} times its quadratic
   * decrease, 28% of it at {@code d = 1}. Near convergence almost every step is that small, and
   * skipping the check halves the passes over the block's ratings (each an exp and a log).
   */
  static final double SAFE_LOGIT_STEP = 1.0;

  /** Relative size of the rounding in a block objective summed in double. */
  private static final double ROUNDING = 4 * Math.ulp(1.0);

  private static final int VALUE = 0, GA = 1, GB = 2, HAA = 3, HAB = 4, HBB = 5, MAX_X = 6;

  private LogisticBlockSolver() {}

  static void solve(BlockSolver.Side s, int from, int to, double base, double cA, double cB,
      MfLoss.Logistic loss, double[] ab) {
    double posWeight = loss.posWeight();
    double a = ab[0];
    double b = ab[1];
    double[] here = new double[7];
    double[] trial = new double[7];
    evaluate(s, from, to, base, cA, cB, posWeight, a, b, here);
    for (int it = 0; it < MAX_NEWTON; it++) {
      double ga = here[GA], gb = here[GB], haa = here[HAA], hab = here[HAB], hbb = here[HBB];
      double det = haa * hbb - hab * hab;
      if (!(det > 0)) {
        return; // as before: a singular Hessian leaves the block at its entry values
      }
      double da = -(hbb * ga - hab * gb) / det;
      double db = -(haa * gb - hab * ga) / det;
      if (Math.abs(da) + here[MAX_X] * Math.abs(db) <= SAFE_LOGIT_STEP) {
        // Guaranteed descent (see SAFE_LOGIT_STEP), unless the decrease the step promises is
        // below the rounding of the block's objective: then the block is at its minimum as far
        // as doubles can tell, and moving would only add rounding noise.
        double promised = -(ga * da + gb * db);
        if (promised > ROUNDING * Math.abs(here[VALUE])) {
          a += da;
          b += db;
        }
        break; // one Newton step per sweep anyway
      }
      double step = 1;
      boolean moved = false;
      for (int half = 0; half < 30; half++) {
        double na = a + step * da;
        double nb = b + step * db;
        evaluate(s, from, to, base, cA, cB, posWeight, na, nb, trial);
        if (trial[VALUE] <= here[VALUE]) {
          moved = trial[VALUE] < here[VALUE] || (na != a || nb != b);
          a = na;
          b = nb;
          double[] swap = here;
          here = trial;
          trial = swap;
          break;
        }
        step /= 2;
      }
      if (!moved || Math.max(Math.abs(step * da), Math.abs(step * db)) < 1e-12) {
        break;
      }
    }
    ab[0] = a;
    ab[1] = b;
  }

  /** Block objective and its derivatives at (a, b), each summed in rating order. */
  private static void evaluate(BlockSolver.Side s, int from, int to, double base, double cA,
      double cB, double posWeight, double a, double b, double[] out) {
    double v = cA * a * a + cB * b * b;
    double ga = 2 * cA * a, gb = 2 * cB * b, haa = 2 * cA, hab = 0, hbb = 2 * cB;
    double maxX = 0;
    for (int k = from; k < to; k++) {
      int o = s.other()[k];
      double w = s.weight() == null ? 1.0 : s.weight()[k];
      double x = s.otherParams()[2 * o + 1];
      maxX = Math.max(maxX, Math.abs(x));
      double z = base + s.otherParams()[2 * o] + a + x * b;
      double y = s.target()[k];
      double e = Math.exp(-Math.abs(z));
      double u = 1 + e;
      double r = 1 / u; // shared by the softplus and the sigmoid: one division per rating
      double l = Log1p.ofUnitInterval(e, u, r);
      double softplusNeg = z < 0 ? -z + l : l;
      double softplusPos = z > 0 ? z + l : l;
      v += w * (posWeight * y * softplusNeg + (1 - y) * softplusPos);
      double sg = z >= 0 ? r : e * r;
      double d1 = w * (-posWeight * y * (1 - sg) + (1 - y) * sg);
      double d2 = w * ((posWeight * y + (1 - y)) * sg * (1 - sg));
      ga += d1;
      gb += d1 * x;
      haa += d2;
      hab += d2 * x;
      hbb += d2 * x * x;
    }
    out[VALUE] = v;
    out[GA] = ga;
    out[GB] = gb;
    out[HAA] = haa;
    out[HAB] = hab;
    out[HBB] = hbb;
    out[MAX_X] = maxX;
  }
}
