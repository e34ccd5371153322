package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudoRaterBoundsTest {
  private static final MfOptions OPTIONS = MfOptions.defaults().withSeed(3);

  @Test
  void boundsBracketTheRefitAndMatchBruteForceRefits() {
    Synthetic s = Synthetic.planted(150, 80, 12, 0.3, 11);
    MfParams params = MatrixFactorizer.fit(s.problem, OPTIONS.withLossRatios(10, Double.NaN)
        .withFrozen(false, false, false), (MfParams) null).params();
    PseudoRaterBounds.Bounds b = PseudoRaterBounds.compute(s.problem, params, OPTIONS);

    // Brute force: refit all notes with raters and global frozen, on the original ratings and on
    // the ratings plus one helpful rating per note from each extreme rater.
    MfOptions refit = OPTIONS.withFrozen(false, true, true).withFlip(false)
        .withConvergence(1e-10, 10_000);
    float[] refitOrig =
        MatrixFactorizer.fit(s.problem, refit, params).params().noteIntercept;
    float minIntercept = Float.POSITIVE_INFINITY, minFactor = Float.POSITIVE_INFINITY;
    float maxFactor = Float.NEGATIVE_INFINITY;
    for (int u = 0; u < 80; u++) {
      minIntercept = Math.min(minIntercept, params.raterIntercept[u]);
      minFactor = Math.min(minFactor, params.raterFactor[u]);
      maxFactor = Math.max(maxFactor, params.raterFactor[u]);
    }
    float[][] intercepts = new float[4][];
    intercepts[0] = refitOrig;
    float[] extremes = {minFactor, 0, maxFactor};
    for (int e = 0; e < 3; e++) {
      intercepts[e + 1] = refitWithExtreme(s, params, minIntercept, extremes[e], refit);
    }
    for (int n = 0; n < 150; n++) {
      float[] v = {intercepts[0][n], intercepts[1][n], intercepts[2][n], intercepts[3][n]};
      Arrays.sort(v);
      assertThat(b.interceptRefit()[n]).isCloseTo(refitOrig[n], within(1e-5f));
      assertThat(b.interceptMin()[n]).isCloseTo(v[0], within(1e-5f));
      assertThat(b.interceptMax()[n]).isCloseTo(v[3], within(1e-5f));
      assertThat(b.interceptMedian()[n]).isCloseTo((v[1] + v[2]) / 2.0, within(1e-5));
      assertThat(b.interceptMin()[n]).isLessThanOrEqualTo(b.interceptRefit()[n]);
      assertThat(b.interceptMax()[n]).isGreaterThanOrEqualTo(b.interceptRefit()[n]);
      assertThat(b.factorMin()[n]).isLessThanOrEqualTo(b.factorMax()[n]);
      assertThat(b.ratingCountAll()[n]).isEqualTo(s.problem.noteRatingCount(n));
      assertThat(b.ratingCountNegativeFactor()[n] + b.ratingCountPositiveFactor()[n])
          .isLessThanOrEqualTo(b.ratingCountAll()[n]);
    }
  }

  @Test
  void aHelpfulPseudoRatingRaisesTheMaximumAboveTheRefit() {
    Synthetic s = Synthetic.planted(100, 60, 10, 0.3, 12);
    MfParams params = MatrixFactorizer.fit(s.problem, OPTIONS, (MfParams) null).params();
    PseudoRaterBounds.Bounds b = PseudoRaterBounds.compute(s.problem, params, OPTIONS);
    int above = 0;
    for (int n = 0; n < 100; n++) {
      above += b.interceptMax()[n] > b.interceptRefit()[n] ? 1 : 0;
    }
    assertThat(above).isEqualTo(100);
  }

  private static float[] refitWithExtreme(Synthetic s, MfParams params, float intercept,
      float factor, MfOptions refit) {
    int nNotes = s.problem.nNotes;
    int nRaters = s.problem.nRaters;
    int size = s.note.length + nNotes;
    int[] note = Arrays.copyOf(s.note, size);
    int[] rater = Arrays.copyOf(s.rater, size);
    float[] target = Arrays.copyOf(s.target, size);
    for (int n = 0; n < nNotes; n++) {
      note[s.note.length + n] = n;
      rater[s.note.length + n] = nRaters;
      target[s.note.length + n] = 1f;
    }
    MfProblem augmented = MfProblem.of(nNotes, nRaters + 1, note, rater, target);
    MfParams init = new MfParams(params.noteIntercept, params.noteFactor,
        Arrays.copyOf(params.raterIntercept, nRaters + 1),
        Arrays.copyOf(params.raterFactor, nRaters + 1), params.globalIntercept);
    init.raterIntercept[nRaters] = intercept;
    init.raterFactor[nRaters] = factor;
    return MatrixFactorizer.fit(augmented, refit, init).params().noteIntercept;
  }
}
