package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatrixFactorizerTest {
  private static final MfOptions OPTIONS = MfOptions.defaults().withSeed(7);

  @Test
  void recoversPlantedParameters() {
    Synthetic s = Synthetic.planted(600, 300, 40, 0.05, 1);
    MfResult r = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null);
    assertThat(r.converged()).isTrue();
    assertThat(Math.abs(Synthetic.pearson(r.params().noteFactor, s.noteFactor)))
        .isGreaterThan(0.97);
    assertThat(Math.abs(Synthetic.pearson(r.params().raterFactor, s.raterFactor)))
        .isGreaterThan(0.97);
    assertThat(Synthetic.pearson(r.params().noteIntercept, s.noteIntercept)).isGreaterThan(0.95);
    assertThat(Synthetic.pearson(r.params().raterIntercept, s.raterIntercept)).isGreaterThan(0.8);
    assertThat(r.trainLoss()).isLessThan(0.01);
  }

  @Test
  void stopsAtAStationaryPointOfTheReferenceObjective() {
    assertStationary(OPTIONS);
  }

  @Test
  void stationaryWithLossRatiosAndWithoutGlobalIntercept() {
    assertStationary(OPTIONS.withLossRatios(12.5, 30));
    assertStationary(OPTIONS.withGlobalIntercept(false).withLambdas(0.09, 0.03, 0, 0.03, 0.03, 0));
  }

  /**
   * The default stop is the reference's: a sweep that changes the loss by at most 1e-7. It ends
   * the fit sooner than the tight parameter rule, at an objective within a hair of the optimum.
   */
  @Test
  void defaultStopsOnTheReferenceLossChangeRule() {
    Synthetic s = Synthetic.planted(400, 200, 25, 0.3, 2);
    MfResult loose = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null);
    MfResult exact = MatrixFactorizer.fit(s.problem,
        OPTIONS.withConvergence(1e-9, 100_000).withObjectiveTolerance(Double.NaN), (MfParams) null);
    assertThat(OPTIONS.objectiveTolerance()).isEqualTo(1e-7);
    assertThat(loose.converged()).isTrue();
    assertThat(loose.iterations()).isLessThan(exact.iterations());
    assertThat(loose.objective()).isGreaterThanOrEqualTo(exact.objective() - 1e-12);
    assertThat(loose.objective() - exact.objective()).isLessThan(1e-5);
  }

  private static void assertStationary(MfOptions options) {
    Synthetic s = Synthetic.planted(400, 200, 25, 0.3, 2);
    // The parameter rule alone, tight: the solver itself must reach the stationary point.
    MfOptions tight = options.withConvergence(1e-9, 100_000).withObjectiveTolerance(Double.NaN);
    MfResult r = MatrixFactorizer.fit(s.problem, tight, (MfParams) null);
    assertThat(r.converged()).isTrue();
    ReferenceObjective ref = new ReferenceObjective(s.note, s.rater, s.target, r.params(), tight);
    assertThat(ref.value).isCloseTo(r.objective(), within(1e-6));
    assertNotesStationary(s, ref);
    double n = s.note.length;
    for (int u = 0; u < 200; u++) {
      double scale = s.problem.raterRatingCount(u) + 1;
      assertThat(Math.abs(ref.gRaterIntercept[u] * n) / scale).isLessThan(1e-5);
      assertThat(Math.abs(ref.gRaterFactor[u] * n) / scale).isLessThan(1e-5);
    }
    assertThat(Math.abs(ref.gMu)).isLessThan(1e-5);
    if (!options.useGlobalIntercept()) {
      assertThat(r.params().globalIntercept).isZero();
    }
  }

  private static void assertNotesStationary(Synthetic s, ReferenceObjective ref) {
    double n = s.note.length;
    for (int i = 0; i < s.problem.nNotes; i++) {
      double scale = s.problem.noteRatingCount(i) + 1;
      assertThat(Math.abs(ref.gNoteIntercept[i] * n) / scale).isLessThan(1e-5);
      assertThat(Math.abs(ref.gNoteFactor[i] * n) / scale).isLessThan(1e-5);
    }
  }

  @Test
  void bothIdentifiedSignsReachTheSameObjective() {
    Synthetic s = Synthetic.planted(300, 150, 30, 0.2, 3);
    MfResult a = MatrixFactorizer.fit(s.problem, OPTIONS.withSeed(1), (MfParams) null);
    MfResult b = MatrixFactorizer.fit(s.problem, OPTIONS.withSeed(99), (MfParams) null);
    assertThat(a.objective()).isCloseTo(b.objective(), within(1e-7));
    assertThat(Synthetic.pearson(a.params().noteIntercept, toDouble(b.params().noteIntercept)))
        .isGreaterThan(0.9999);
    assertThat(Synthetic.pearson(a.params().noteFactor, toDouble(b.params().noteFactor)))
        .isGreaterThan(0.9999);
  }

  @Test
  void frozenRatersAndGlobalStayExactlyAtTheirInitialValues() {
    Synthetic s = Synthetic.planted(400, 200, 25, 0.3, 4);
    MfParams prescoring = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null).params();
    MfParams init = prescoring.copy();
    java.util.Arrays.fill(init.noteIntercept, 0.3f);
    java.util.Arrays.fill(init.noteFactor, 0f);
    MfOptions finalRun = OPTIONS.withFrozen(false, true, true).withLossRatios(20, Double.NaN)
        .withFlip(false).withConvergence(1e-9, 1000);
    MfResult r = MatrixFactorizer.fit(s.problem, finalRun, init);
    assertThat(r.params().raterIntercept).isEqualTo(prescoring.raterIntercept);
    assertThat(r.params().raterFactor).isEqualTo(prescoring.raterFactor);
    assertThat(r.params().globalIntercept).isEqualTo(prescoring.globalIntercept);
    ReferenceObjective ref = new ReferenceObjective(s.note, s.rater, s.target, r.params(), finalRun);
    assertNotesStationary(s, ref);
    // The loss ratio makes each note's L2 weight 20/25 of the per-note mean version: intercepts
    // differ from the prescoring fit (which also moved raters), but stay close.
    assertThat(Synthetic.pearson(r.params().noteIntercept, toDouble(prescoring.noteIntercept)))
        .isGreaterThan(0.95);
  }

  @Test
  void frozenNotesKeepNotes() {
    Synthetic s = Synthetic.planted(200, 100, 20, 0.3, 5);
    MfParams init = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null).params();
    MfResult r = MatrixFactorizer.fit(s.problem, OPTIONS.withFrozen(true, false, false)
        .withFlip(false), init);
    assertThat(r.params().noteIntercept).isEqualTo(init.noteIntercept);
    assertThat(r.params().noteFactor).isEqualTo(init.noteFactor);
  }

  @Test
  void outputFactorsFollowTheIdentificationRule() {
    Synthetic s = Synthetic.planted(300, 150, 30, 0.2, 6);
    for (long seed = 0; seed < 4; seed++) {
      MfParams p = MatrixFactorizer.fit(s.problem, OPTIONS.withSeed(seed), (MfParams) null)
          .params();
      assertThat(Identification.needsFlip(p.raterFactor)).isFalse();
      int negative = 0;
      for (float f : p.raterFactor) {
        negative += f < 0 ? 1 : 0;
      }
      assertThat(negative * 2).isGreaterThanOrEqualTo(p.raterFactor.length);
    }
  }

  @Test
  void oneAndTwoThreadsGiveBitIdenticalResults() {
    Synthetic s = Synthetic.planted(3000, 2500, 12, 0.3, 8);
    MfResult one = MatrixFactorizer.fit(s.problem, OPTIONS.withThreads(1), (MfParams) null);
    MfResult two = MatrixFactorizer.fit(s.problem, OPTIONS.withThreads(2), (MfParams) null);
    assertThat(two.params()).isEqualTo(one.params());
    assertThat(two.iterations()).isEqualTo(one.iterations());
    assertThat(two.objective()).isEqualTo(one.objective());
  }

  @Test
  void initializationIsUsedAndNaNStartsAtZero() {
    Synthetic s = Synthetic.planted(100, 60, 20, 0.3, 9);
    MfParams init = MfParams.zeros(100, 60);
    java.util.Arrays.fill(init.raterIntercept, Float.NaN);
    init.globalIntercept = 0.4f;
    MfResult r = MatrixFactorizer.fit(s.problem,
        OPTIONS.withFrozen(true, true, true).withFlip(false), init);
    assertThat(r.params().raterIntercept).containsOnly(0f);
    assertThat(r.params().globalIntercept).isEqualTo(0.4f);
    assertThat(r.iterations()).isEqualTo(1);
  }

  static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
