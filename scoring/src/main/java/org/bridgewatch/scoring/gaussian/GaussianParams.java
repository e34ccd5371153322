package org.bridgewatch.scoring.gaussian;

/**
 * Shape of one kernel pass (the reference's {@code GaussianParams}). Values are as the reference
 * writes them; arithmetic narrows them to float32 where numpy does.
 *
 * @param bandwidth kernel standard deviation along the rater-factor axis
 * @param smoothingWeight weight of the prior pseudo-observation per bin (scaled adaptively)
 * @param smoothingValue prior value per bin, before the note-factor tilt
 * @param adaptiveWeightBase when positive, the prior weight grows as log_base(max(count, base));
 *     0 for a fixed weight
 * @param priorFactor tilt the prior by the note's mean signed rater factor
 * @param negWeight extra weight of ratings against the pass's direction
 * @param minPrior lower bound of the tilted prior, NaN for none
 * @param weightLim a note whose total kernel weight at any bin is below this has no curve
 * @param somewhatHelpfulValue the value a SOMEWHAT_HELPFUL rating counts as
 * @param clipLower lower clip of each bin's mean (also its value when no weight)
 * @param clipUpper upper clip of each bin's mean
 * @param flip score not-helpfulness (1 - value) instead of helpfulness
 * @param normalize divide each rating's kernel row by its sum over bins
 */
public record GaussianParams(
    double bandwidth,
    double smoothingWeight,
    double smoothingValue,
    int adaptiveWeightBase,
    boolean priorFactor,
    double negWeight,
    double minPrior,
    double weightLim,
    double somewhatHelpfulValue,
    double clipLower,
    double clipUpper,
    boolean flip,
    boolean normalize) {

  /** The reference's {@code gaussianCrhParams} (the dataclass defaults). */
  public static GaussianParams crh() {
    return new GaussianParams(0.1, 0.4, 0.35, 9, true, 1.75, 0.2, 1e-9, 0.7, 0.05, 0.8, false, true);
  }

  /** The reference's {@code gaussianCrnhParams}. */
  public static GaussianParams crnh() {
    return new GaussianParams(
        0.2, 5.0, 0.35, 9, true, 1.25, 0.3, 5e-4, 0.7, 0.25, 0.65, true, false);
  }

  /** The same kernel with another bandwidth. */
  public GaussianParams withBandwidth(double newBandwidth) {
    return new GaussianParams(newBandwidth, smoothingWeight, smoothingValue, adaptiveWeightBase,
        priorFactor, negWeight, minPrior, weightLim, somewhatHelpfulValue, clipLower, clipUpper,
        flip, normalize);
  }
}
