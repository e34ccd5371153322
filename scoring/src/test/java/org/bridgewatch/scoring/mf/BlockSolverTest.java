package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockSolverTest {
  /** One block: a note rated by 6 raters with given factors/intercepts. */
  private static final double[] OTHER_INTERCEPT = {0.1, -0.2, 0.05, 0.3, -0.1, 0.0};
  private static final double[] OTHER_FACTOR = {-0.9, -0.4, 0.1, 0.5, 0.8, 1.1};

  private static double value(float[] y, double base, double cA, double cB, double cD, MfLoss loss,
      double a, double b) {
    double v = cA * a * a + cB * b * b + cD * Math.abs(a * b);
    for (int k = 0; k < y.length; k++) {
      v += loss.value(base + OTHER_INTERCEPT[k] + a + OTHER_FACTOR[k] * b, y[k]);
    }
    return v;
  }

  private static double[] solve(float[] y, double base, double cA, double cB, double cD,
      MfLoss loss) {
    int[] other = {0, 1, 2, 3, 4, 5};
    BlockSolver.Side side = BlockSolver.Side.of(other, y, null, OTHER_INTERCEPT, OTHER_FACTOR);
    double[] ab = {0.01, -0.02};
    BlockSolver.solve(side, 0, y.length, base, cA, cB, cD, loss, ab);
    return ab;
  }

  private static void assertNoGridPointBeats(float[] y, double cA, double cB, double cD,
      MfLoss loss, double[] ab) {
    double best = value(y, 0.1, cA, cB, cD, loss, ab[0], ab[1]);
    for (double a = -3; a <= 3; a += 0.01) {
      for (double b = -3; b <= 3; b += 0.01) {
        assertThat(value(y, 0.1, cA, cB, cD, loss, a, b)).isGreaterThanOrEqualTo(best - 1e-12);
      }
    }
  }

  @Test
  void diamondTermIsMinimizedExactly() {
    SplittableRandom r = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      float[] y = new float[6];
      for (int k = 0; k < 6; k++) {
        y[k] = (float) r.nextDouble(-0.5, 1.5);
      }
      double cD = r.nextDouble(0, 6);
      double[] ab = solve(y, 0.1, 0.5, 0.2, cD, MfLoss.SQUARED_ERROR);
      assertNoGridPointBeats(y, 0.5, 0.2, cD, MfLoss.SQUARED_ERROR, ab);
    }
  }

  @Test
  void strongDiamondPushesOneParameterToZero() {
    float[] y = {0.0f, 0.1f, 0.4f, 0.9f, 1.0f, 1.0f};
    double[] ab = solve(y, 0.1, 0.5, 0.2, 50, MfLoss.SQUARED_ERROR);
    assertThat(ab[0] * ab[1]).isZero();
  }

  @Test
  void logisticBlockReachesTheMinimumOverRepeatedSolves() {
    // A logistic block takes a few damped Newton steps per solve (the fit solves it again every
    // sweep); repeated with fixed neighbours it must settle on the block's minimum, each solve
    // lowering the block objective.
    float[] y = {0, 0, 1, 0, 1, 1};
    MfLoss loss = MfLoss.logistic(3.0);
    int[] other = {0, 1, 2, 3, 4, 5};
    BlockSolver.Side side = BlockSolver.Side.of(other, y, null, OTHER_INTERCEPT, OTHER_FACTOR);
    double[] ab = {0.01, -0.02};
    double last = value(y, 0.1, 0.5, 0.2, 0, loss, ab[0], ab[1]);
    for (int solve = 0; solve < 20; solve++) {
      BlockSolver.solve(side, 0, y.length, 0.1, 0.5, 0.2, 0, loss, ab);
      double now = value(y, 0.1, 0.5, 0.2, 0, loss, ab[0], ab[1]);
      assertThat(now).isLessThanOrEqualTo(last);
      last = now;
    }
    assertNoGridPointBeats(y, 0.5, 0.2, 0, loss, ab);
  }

  @Test
  void logisticStepFarFromTheMinimumIsChecked() {
    // From a logit of 8 the Newton step is thousands of units long (the curvature there is
    // e^-8 and the penalty is weak): only steps that move every logit by at most SAFE_LOGIT_STEP may skip the objective
    // check; this one must be damped, and every solve must still lower the block objective.
    float[] y = {0, 0, 1, 0, 1, 1};
    MfLoss loss = MfLoss.logistic(3.0);
    int[] other = {0, 1, 2, 3, 4, 5};
    BlockSolver.Side side = BlockSolver.Side.of(other, y, null, OTHER_INTERCEPT, OTHER_FACTOR);
    double[] ab = {8, 0};
    double last = value(y, 0.1, 0.01, 0.01, 0, loss, ab[0], ab[1]);
    for (int solve = 0; solve < 40; solve++) {
      BlockSolver.solve(side, 0, y.length, 0.1, 0.01, 0.01, 0, loss, ab);
      double now = value(y, 0.1, 0.01, 0.01, 0, loss, ab[0], ab[1]);
      assertThat(now).isLessThanOrEqualTo(last);
      last = now;
    }
    assertNoGridPointBeats(y, 0.01, 0.01, 0, loss, ab);
  }
}
