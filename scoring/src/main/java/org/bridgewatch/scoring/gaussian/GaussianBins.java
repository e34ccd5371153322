package org.bridgewatch.scoring.gaussian;

/**
 * The fixed bin centers on the rater-factor axis (the reference's {@code quantileRange} and
 * {@code smoothedRange}), as float32 like its {@code quantileArray}.
 */
public final class GaussianBins {
  private static final double[] QUANTILES = {
    -0.92, -0.65, -0.61, -0.58, -0.55, -0.52, -0.49, -0.46, -0.43, -0.41, -0.38, -0.35, -0.33, -0.3,
    -0.28, -0.25, -0.22, -0.2, -0.17, -0.14, -0.12, -0.09, -0.07, -0.04, -0.01, 0.01, 0.04, 0.07,
    0.09, 0.12, 0.14, 0.17, 0.2, 0.22, 0.25, 0.28, 0.3, 0.33, 0.35, 0.38, 0.41, 0.43, 0.46, 0.49,
    0.52, 0.55, 0.58, 0.61, 0.65, 0.92
  };

  private GaussianBins() {}

  /** The 50 centers of the CRH pass. */
  public static float[] crh() {
    float[] out = new float[QUANTILES.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) QUANTILES[i];
    }
    return out;
  }

  /**
   * The 26 centers of the CRNH pass: every other center of the negative half (the first 13 of
   * {@code quantileRange[0::2]}) and every other one of the positive half ({@code [25::2]}).
   */
  public static float[] crnh() {
    float[] out = new float[26];
    int k = 0;
    for (int i = 0; i < 25; i += 2) {
      out[k++] = (float) QUANTILES[i];
    }
    for (int i = 25; i < QUANTILES.length; i += 2) {
      out[k++] = (float) QUANTILES[i];
    }
    return out;
  }
}
