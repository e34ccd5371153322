package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The global intercept's step reports the data loss it summed, and at which global intercept: the
 * fit's loss-change rule trusts that number instead of passing over the ratings again.
 */
class GlobalInterceptTest {
  private static final Synthetic DATA = Synthetic.planted(60, 40, 12, 0.2, 5);

  private static MatrixFactorizer.State state(double mu) {
    MfProblem p = DATA.problem;
    MatrixFactorizer.State s = new MatrixFactorizer.State(p.nNotes, p.nRaters);
    for (int n = 0; n < p.nNotes; n++) {
      s.noteIntercept[n] = DATA.noteIntercept[n] * 0.9;
      s.noteFactor[n] = DATA.noteFactor[n] * 1.1;
    }
    for (int u = 0; u < p.nRaters; u++) {
      s.raterIntercept[u] = DATA.raterIntercept[u] + 0.05;
      s.raterFactor[u] = DATA.raterFactor[u];
    }
    s.mu = mu;
    return s;
  }

  @Test
  void squaredErrorStepIsExactAndItsLossIsTheLossAtTheNewIntercept() {
    MfOptions o = MfOptions.defaults();
    MatrixFactorizer.State s = state(0.7);
    Regularization reg = Regularization.of(DATA.problem, o);
    try (ChunkRunner runner = new ChunkRunner(2)) {
      GlobalIntercept.Step step = GlobalIntercept.step(DATA.problem, o, s, reg, runner);
      assertThat(step.lossAtNewMu()).isTrue();
      double direct = Objective.losses(DATA.problem, o.loss(), s, step.mu(), runner)[0];
      assertThat(step.dataLoss()).isCloseTo(direct, within(1e-9 * direct));
      // The minimum over mu of loss + G mu^2: nudging either way costs.
      double best = direct + reg.global * step.mu() * step.mu();
      for (double d : new double[] {-1e-3, 1e-3}) {
        double mu = step.mu() + d;
        double other = Objective.losses(DATA.problem, o.loss(), s, mu, runner)[0]
            + reg.global * mu * mu;
        assertThat(other).isGreaterThan(best);
      }
    }
  }

  @Test
  void smallLogisticStepReportsTheLossWhereItWasMeasuredAndLowersTheObjective() {
    MfOptions o = MfOptions.defaults().withLoss(MfLoss.logistic(2.0));
    MatrixFactorizer.State s = state(0.3);
    Regularization reg = Regularization.of(DATA.problem, o);
    try (ChunkRunner runner = new ChunkRunner(2)) {
      double before = Objective.losses(DATA.problem, o.loss(), s, 0.3, runner)[0];
      GlobalIntercept.Step step = GlobalIntercept.step(DATA.problem, o, s, reg, runner);
      assertThat(Math.abs(step.mu() - 0.3)).isLessThan(LogisticBlockSolver.SAFE_LOGIT_STEP);
      assertThat(step.lossMu()).isEqualTo(0.3);
      assertThat(step.lossAtNewMu()).isFalse();
      assertThat(step.dataLoss()).isEqualTo(before);
      double after = Objective.losses(DATA.problem, o.loss(), s, step.mu(), runner)[0];
      assertThat(after + reg.global * step.mu() * step.mu())
          .isLessThan(before + reg.global * 0.3 * 0.3);
    }
  }

  @Test
  void largeLogisticStepIsCheckedAndReportsTheLossAtItsEnd() {
    MfOptions o = MfOptions.defaults().withLoss(MfLoss.logistic(2.0));
    MatrixFactorizer.State s = state(9);
    Regularization reg = Regularization.of(DATA.problem, o);
    try (ChunkRunner runner = new ChunkRunner(2)) {
      double before = Objective.losses(DATA.problem, o.loss(), s, 9, runner)[0];
      GlobalIntercept.Step step = GlobalIntercept.step(DATA.problem, o, s, reg, runner);
      assertThat(step.lossAtNewMu()).isTrue();
      double at = Objective.losses(DATA.problem, o.loss(), s, step.mu(), runner)[0];
      assertThat(step.dataLoss()).isCloseTo(at, within(1e-9 * at));
      assertThat(at + reg.global * step.mu() * step.mu()).isLessThan(before + reg.global * 81);
    }
  }
}
