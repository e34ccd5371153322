package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalizedLossWeightsTest {
  // Raters 0,1 negative factor; rater 2 positive; rater 3 exactly zero (counts as negative).
  private static final float[] FACTOR = {-0.5f, -0.2f, 0.7f, 0f};
  // Ratings (note, rater): rater 2 rates three notes, the others one or two.
  private static final int[] NOTE = {0, 0, 0, 1, 1, 2};
  private static final int[] RATER = {0, 2, 3, 1, 2, 2};

  private static MfProblem problem() {
    return MfProblem.of(3, 4, NOTE, RATER, new float[6]);
  }

  /** Weights by (note, rater) from the rater-ordered output. */
  private static double weight(MfProblem p, float[] w, int note, int rater) {
    for (int k = p.raterStart[rater]; k < p.raterStart[rater + 1]; k++) {
      if (p.noteByRater[k] == note) {
        return w[k];
      }
    }
    throw new AssertionError();
  }

  @Test
  void globalSignBalancesPositiveRatingsAndKeepsTheTotal() {
    MfProblem p = problem();
    float[] w = NormalizedLossWeights.compute(p, FACTOR,
        new NormalizedLossHyperparameters(true, Double.NaN, 0, 0));
    // 3 positive-factor ratings, 3 non-positive: ratio 1, nothing changes.
    for (float v : w) {
      assertThat(v).isEqualTo(1f);
    }
    float[] skewed = {-0.5f, 0.3f, 0.7f, 0f}; // now 4 positive ratings, 2 non-positive
    w = NormalizedLossWeights.compute(p, skewed,
        new NormalizedLossHyperparameters(true, Double.NaN, 0, 0));
    // positive ratings scaled by 2/4, then all by 6 / (2 + 4 * 0.5) = 1.5.
    assertThat(weight(p, w, 0, 0)).isCloseTo(1.5, within(1e-6));
    assertThat(weight(p, w, 0, 3)).isCloseTo(1.5, within(1e-6));
    assertThat(weight(p, w, 0, 2)).isCloseTo(0.75, within(1e-6));
    double total = 0;
    for (float v : w) {
      total += v;
    }
    assertThat(total).isCloseTo(6.0, within(1e-5));
  }

  @Test
  void raterNormalizationUsesTheRatersTotalWeightToAPower() {
    MfProblem p = problem();
    float[] w = NormalizedLossWeights.compute(p, FACTOR,
        new NormalizedLossHyperparameters(false, Double.NaN, 0, -0.25));
    assertThat(weight(p, w, 2, 2)).isCloseTo(Math.pow(3, -0.25), within(1e-6));
    assertThat(weight(p, w, 0, 0)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void noteSignOnlyTouchesNotesRatedFromBothSidesAndKeepsNoteTotals() {
    MfProblem p = problem();
    float[] w = NormalizedLossWeights.compute(p, FACTOR,
        new NormalizedLossHyperparameters(false, 1.0, 0, 0));
    // note 0: neg weight 2 (raters 0, 3), pos 1 (rater 2): pos multiplier (1+2)/(1+1) = 1.5,
    // then renormalized to total 3: neg 3/3.5, pos 1.5*3/3.5.
    assertThat(weight(p, w, 0, 0)).isCloseTo(3 / 3.5, within(1e-6));
    assertThat(weight(p, w, 0, 2)).isCloseTo(4.5 / 3.5, within(1e-6));
    // note 2 has only a positive rating: unchanged.
    assertThat(weight(p, w, 2, 2)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void normalizedFitRunsTwoStagesAndIsStationaryForTheWeightedLoss() {
    Synthetic s = Synthetic.planted(200, 100, 20, 0.3, 31);
    NormalizedLossHyperparameters h = new NormalizedLossHyperparameters(true, Double.NaN, 0, -0.25);
    MfOptions o = MfOptions.defaults().withNormalizedLoss(h).withConvergence(1e-9, 100_000);
    MfResult r = MatrixFactorizer.fit(s.problem, o, (MfParams) null);
    MfResult plain = MatrixFactorizer.fit(s.problem, o.withNormalizedLoss(null), (MfParams) null);
    assertThat(r.params().noteIntercept).isNotEqualTo(plain.params().noteIntercept);
    assertThat(r.converged()).isTrue();
  }
}
