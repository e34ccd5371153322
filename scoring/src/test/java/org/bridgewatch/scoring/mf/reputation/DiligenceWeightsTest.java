package org.bridgewatch.scoring.mf.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiligenceWeightsTest {
  // Note 0: raters 0 (positive) and 1 (negative); note 1: rater 2 (negative).
  private final ReputationProblem p = ReputationProblem.of(2, 3, new int[] {0, 0, 1},
      new int[] {0, 1, 2}, new float[] {1, 0, 0});

  @Test
  void positivesCarryThePositiveWeight() {
    assertThat(DiligenceWeights.classWeighted(p, 100)).containsExactly(100f, 1f, 1f);
  }

  @Test
  void reputationIsClippedAtZeroSquareRootedAndSmoothed() {
    float[] rep = {4f, -2f, 0f};
    float[] w = DiligenceWeights.reputationWeighted(p, 500, rep, 0.5, 0.1, 0);
    assertThat((double) w[0]).isCloseTo(500 * (0.1 + 2) / 1.1, within(1e-3));
    // Negative and zero reputation both weigh alpha / (1 + alpha).
    assertThat((double) w[1]).isCloseTo(0.1 / 1.1, within(1e-6));
    assertThat((double) w[2]).isCloseTo(0.1 / 1.1, within(1e-6));
  }

  @Test
  void noteNormalizationDividesBySqrtOfTheNoteWeightTotal() {
    float[] rep = {1f, 1f, 1f};
    float[] w = DiligenceWeights.reputationWeighted(p, 5, rep, 0.5, 0.1, -0.5);
    double total0 = 5 + 1 + Math.pow(2, -20);
    assertThat((double) w[0]).isCloseTo(5 / Math.sqrt(total0), within(1e-6));
    assertThat((double) w[1]).isCloseTo(1 / Math.sqrt(total0), within(1e-6));
    assertThat((double) w[2]).isCloseTo(1 / Math.sqrt(1 + Math.pow(2, -20)), within(1e-6));
  }
}
