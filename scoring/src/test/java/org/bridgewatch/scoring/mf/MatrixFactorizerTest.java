package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatrixFactorizerTest {
  private static final MfOptions OPTIONS = MfOptions.defaults().withSeed(7);

  @Test
  void recoversPlantedParameters() {
    Synthetic s = Synthetic.planted(600, 300, 40, 0.05, 1);
    MfResult r = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null);
    System.out.printf("iterations %d converged %s train %.5f obj %.6f%n", r.iterations(),
        r.converged(), r.trainLoss(), r.objective());
    assertThat(r.converged()).isTrue();
    assertThat(Math.abs(Synthetic.pearson(r.params().noteFactor, s.noteFactor))).isGreaterThan(0.97);
    assertThat(Math.abs(Synthetic.pearson(r.params().raterFactor, s.raterFactor)))
        .isGreaterThan(0.97);
    assertThat(Synthetic.pearson(r.params().noteIntercept, s.noteIntercept)).isGreaterThan(0.95);
    assertThat(Synthetic.pearson(r.params().raterIntercept, s.raterIntercept)).isGreaterThan(0.8);
    assertThat(r.trainLoss()).isLessThan(0.01);
  }

  @Test
  void stopsAtAStationaryPointOfTheReferenceObjective() {
    Synthetic s = Synthetic.planted(400, 200, 25, 0.3, 2);
    MfResult r = MatrixFactorizer.fit(s.problem, OPTIONS.withConvergence(1e-9, 100_000), (MfParams) null);
    ReferenceObjective ref = new ReferenceObjective(s.note, s.rater, s.target, r.params(), OPTIONS);
    assertThat(ref.value).isCloseTo(r.objective(), org.assertj.core.data.Offset.offset(1e-6));
    double n = s.note.length;
    for (int i = 0; i < 400; i++) {
      double scale = s.problem.noteRatingCount(i) + 1;
      assertThat(Math.abs(ref.gNoteIntercept[i] * n) / scale).isLessThan(1e-5);
      assertThat(Math.abs(ref.gNoteFactor[i] * n) / scale).isLessThan(1e-5);
    }
    for (int u = 0; u < 200; u++) {
      double scale = s.problem.raterRatingCount(u) + 1;
      assertThat(Math.abs(ref.gRaterIntercept[u] * n) / scale).isLessThan(1e-5);
      assertThat(Math.abs(ref.gRaterFactor[u] * n) / scale).isLessThan(1e-5);
    }
    assertThat(Math.abs(ref.gMu)).isLessThan(1e-5);
  }
}
