package org.bridgewatch.scoring.mf;

/**
 * Exact minimization of the objective over one note's (or one rater's) intercept {@code a} and
 * factor {@code b} with everything else held fixed: the ratings of the block predict {@code
 * offset_k + a + x_k * b}, where {@code x_k} is the other side's factor and {@code offset_k} the
 * global plus the other side's intercept. The block objective is
 *
 * <pre>  sum_k w_k loss(offset_k + a + x_k b, y_k) + cA a^2 + cB b^2 + cD |a b|</pre>
 *
 * (the reference's loss multiplied by the number of ratings). With squared error this is a 2x2
 * ridge solve; the diamond term is handled exactly by trying each sign quadrant and both axes.
 * With the logistic loss it is a damped Newton iteration on a convex function ({@link
 * LogisticBlockSolver}).
 */
final class BlockSolver {
  private BlockSolver() {}

  /**
   * The block's data: ratings {@code from..to} of a CSR side, and the other side's parameters
   * interleaved ({@code otherParams[2o]} intercept, {@code [2o + 1]} factor; see {@link
   * MatrixFactorizer.State#packRaters}).
   */
  record Side(int[] other, float[] target, float[] weight, double[] otherParams) {
    static Side of(int[] other, float[] target, float[] weight, double[] otherIntercept,
        double[] otherFactor) {
      return new Side(other, target, weight,
          MatrixFactorizer.State.pack(otherIntercept, otherFactor, null));
    }
  }

  /** Minimizes in place: {@code ab[0]} intercept, {@code ab[1]} factor, current values on entry. */
  static void solve(Side s, int from, int to, double base, double cA, double cB, double cD,
      MfLoss loss, double[] ab) {
    if (loss instanceof MfLoss.SquaredError) {
      solveQuadratic(s, from, to, base, cA, cB, cD, ab);
    } else {
      LogisticBlockSolver.solve(s, from, to, base, cA, cB, (MfLoss.Logistic) loss, ab);
    }
  }

  private static void solveQuadratic(Side s, int from, int to, double base, double cA, double cB,
      double cD, double[] ab) {
    double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
    for (int k = from; k < to; k++) {
      int o = s.other[k];
      double w = s.weight == null ? 1.0 : s.weight[k];
      double x = s.otherParams[2 * o + 1];
      double t = s.target[k] - base - s.otherParams[2 * o];
      s0 += w;
      s1 += w * x;
      s2 += w * x * x;
      t0 += w * t;
      t1 += w * t * x;
    }
    double aa = s0 + cA;
    double bb = s2 + cB;
    if (cD == 0) {
      double det = aa * bb - s1 * s1;
      if (det > 0) {
        ab[0] = (bb * t0 - s1 * t1) / det;
        ab[1] = (aa * t1 - s1 * t0) / det;
      }
      return;
    }
    // Diamond term cD|ab|: inside a sign quadrant it is the bilinear term +-cD*a*b, so the
    // objective is a quadratic there; the minimum is an interior stationary point of one of the
    // two quadrant quadratics (when positive definite and inside its quadrant) or lies on an axis.
    double bestA = 0, bestB = 0, best = Double.POSITIVE_INFINITY;
    if (aa > 0) {
      double a = t0 / aa;
      double v = aa * a * a - 2 * t0 * a;
      if (v < best) {
        best = v;
        bestA = a;
        bestB = 0;
      }
    }
    if (bb > 0) {
      double b = t1 / bb;
      double v = bb * b * b - 2 * t1 * b;
      if (v < best) {
        best = v;
        bestA = 0;
        bestB = b;
      }
    }
    for (int sign = -1; sign <= 1; sign += 2) {
      double off = s1 + sign * cD / 2;
      double det = aa * bb - off * off;
      if (aa > 0 && det > 0) {
        double a = (bb * t0 - off * t1) / det;
        double b = (aa * t1 - off * t0) / det;
        if (sign * a * b >= 0) {
          double v = aa * a * a + bb * b * b + 2 * s1 * a * b + cD * Math.abs(a * b)
              - 2 * (t0 * a + t1 * b);
          if (v < best) {
            best = v;
            bestA = a;
            bestB = b;
          }
        }
      }
    }
    if (best < Double.POSITIVE_INFINITY) {
      ab[0] = bestA;
      ab[1] = bestB;
    }
  }
}
