package org.bridgewatch.scoring.gaussian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KernelPassTest {
  private static final double NORM = 1 / (0.1 * Math.sqrt(2 * Math.PI));

  /** Unnormalized, untilted, fixed prior weight 1 and value 0.5, no clipping to speak of. */
  private static GaussianParams plain(double negWeight) {
    return new GaussianParams(0.1, 1.0, 0.5, 0, false, negWeight, Double.NaN, 0, 0.7, 0.0, 1.0,
        false, false);
  }

  @Test
  void kernelIsTheNormalDensityInFloat32() {
    float norm = (float) NORM;
    assertThat(KernelPass.kernel(0f, 0.1f, norm)).isEqualTo(norm);
    assertThat((double) KernelPass.kernel(0.1f, 0.1f, norm)).isCloseTo(NORM * Math.exp(-0.5), within(1e-6));
    assertThat((double) KernelPass.kernel(0.2f, 0.1f, norm)).isCloseTo(0.5399097, within(1e-6));
  }

  @Test
  void geometricMeanAndInsufficientCurves() {
    float[] scratch = new float[3];
    assertThat((double) KernelPass.geometricMean(new float[] {0.2f, 0.8f}, 2, scratch))
        .isCloseTo(0.4, within(1e-7));
    assertThat(KernelPass.geometricMean(new float[] {-1f, -1f, -1f}, 3, scratch)).isEqualTo(0f);
  }

  @Test
  void largerMagnitudeWinsAndTiesGoToCrh() {
    assertThat(GaussianIntercepts.combine(0.3f, -0.4f)).isEqualTo(-0.4f);
    assertThat(GaussianIntercepts.combine(0.4f, -0.4f)).isEqualTo(0.4f);
    assertThat(GaussianIntercepts.combine(0f, -0f)).isEqualTo(0f);
  }

  @Test
  void pairwiseSumMatchesNumpyBlocking() {
    float[] a = new float[50];
    for (int i = 0; i < a.length; i++) {
      a[i] = 1f / (i + 1);
    }
    float r0 = 0;
    float[] r = new float[8];
    for (int j = 0; j < 8; j++) {
      r[j] = a[j];
    }
    for (int i = 8; i < 48; i += 8) {
      for (int j = 0; j < 8; j++) {
        r[j] += a[i + j];
      }
    }
    r0 = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    r0 += a[48];
    r0 += a[49];
    assertThat(Float32Sums.pairwise(a, 0, 50)).isEqualTo(r0);
    assertThat(Float32Sums.pairwise(a, 0, 3)).isEqualTo(a[0] + a[1] + a[2]);
  }

  @Test
  void notesWithFewerThanThreeRatersOnASideGetTheThinPrior() {
    KernelPass pass = new KernelPass(plain(1.0), new float[] {0f});
    float[] curve = new float[1];
    double factor = pass.curve(new float[] {1f}, new float[] {0f}, 0, 1, null, curve);
    // weight = value = kernel(0); prior 0.1 (thin sides) at weight 1
    double k = NORM;
    assertThat((double) curve[0]).isCloseTo((k + 0.1) / (k + 1), within(1e-6));
    assertThat(factor).isEqualTo(0.0);
  }

  @Test
  void balancedNoteUsesItsPriorAndWeighsNotHelpfulMore() {
    KernelPass pass = new KernelPass(plain(1.75), new float[] {0f});
    float[] helpful = {1f, 1f, 1f, 0f, 0f, 0f};
    float[] factor = {-0.2f, -0.2f, -0.2f, 0.2f, 0.2f, 0.2f};
    float[] curve = new float[1];
    double noteFactor = pass.curve(helpful, factor, 0, 6, null, curve);
    double k = NORM * Math.exp(-2);
    // Not Helpful raters agree (distance 0 from their mean): variance factor ~1.
    double expected = (3 * k + 0.5) / (3 * k + 3 * k * 1.75 + 1);
    assertThat((double) curve[0]).isCloseTo(expected, within(1e-5));
    assertThat(noteFactor).isCloseTo(-0.2, within(1e-7));
  }

  @Test
  void scatteredNotHelpfulRatersWeighDoubleAtMost() {
    KernelPass pass = new KernelPass(plain(1.0), new float[] {0.5f});
    float[] helpful = {1f, 0f, 0f};
    float[] factor = {0f, 0.5f, -0.5f};
    float[] curve = new float[1];
    pass.curve(helpful, factor, 0, 3, null, curve);
    double kHelpful = NORM * Math.exp(-12.5);
    // Both Not Helpful raters sit 0.5 from their mean 0: factor min(1 + 3 * 2/3, 2) = 2.
    double expected = (kHelpful + 0.1) / (kHelpful + 2 * NORM + 1);
    assertThat((double) curve[0]).isCloseTo(expected, within(1e-6));
  }

  @Test
  void priorIsTiltedByTheNoteFactorAndBoundedByMinPrior() {
    GaussianParams p = GaussianParams.crh();
    KernelPass pass = new KernelPass(p, new float[] {-0.92f, 0.92f});
    // Three helpful raters at +0.3 and three not-helpful at -0.3: note factor +0.3.
    float[] helpful = {1f, 1f, 1f, 0f, 0f, 0f};
    float[] factor = {0.3f, 0.3f, 0.3f, -0.3f, -0.3f, -0.3f};
    float[] curve = new float[2];
    double noteFactor = pass.curve(helpful, factor, 0, 6, null, curve);
    assertThat(noteFactor).isCloseTo(0.3, within(1e-6));
    // At -0.92 the prior is max(min(0.3 * -0.92 / 2 + 0.35, 0.35), 0.2) = 0.212; the ratings
    // there are mostly Not Helpful, so the curve sits below the prior.
    assertThat(curve[0]).isLessThan(0.212f).isGreaterThanOrEqualTo(0.05f);
    assertThat(curve[1]).isGreaterThan(0.35f).isLessThanOrEqualTo(0.8f);
  }

  @Test
  void almostNoKernelWeightAtSomeBinMarksTheCurveInsufficient() {
    KernelPass pass = new KernelPass(GaussianParams.crh(), GaussianBins.crh());
    float[] helpful = {1f, 1f, 1f, 0f, 0f, 0f};
    float[] factor = {0.5f, 0.5f, 0.5f, 0.4f, 0.4f, 0.4f};
    float[] curve = new float[50];
    pass.curve(helpful, factor, 0, 6, null, curve);
    assertThat(curve).containsOnly(-1f);
    assertThat(KernelPass.geometricMean(curve, 50, new float[50])).isEqualTo(0f);
  }

  @Test
  void binsMatchTheReferenceRanges() {
    assertThat(GaussianBins.crh()).hasSize(50).startsWith(-0.92f).endsWith(0.92f);
    assertThat(GaussianBins.crnh())
        .hasSize(26)
        .startsWith(-0.92f, -0.61f, -0.55f)
        .contains(-0.01f, 0.01f)
        .endsWith(0.61f, 0.92f);
  }
}
