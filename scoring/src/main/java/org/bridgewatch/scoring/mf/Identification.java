package org.bridgewatch.scoring.mf;

/**
 * The factor sign convention ("flip factors for identification"): the model is unchanged when
 * every note and rater factor changes sign, so the reference fixes the sign such that at least
 * half of the raters with a non-zero factor have a negative one.
 */
public final class Identification {
  private Identification() {}

  /** Whether the rule would flip: fewer than half of the non-zero rater factors are negative. */
  public static boolean needsFlip(float[] raterFactor) {
    int negative = 0;
    int nonZero = 0;
    for (float f : raterFactor) {
      if (Float.isNaN(f)) {
        continue;
      }
      if (f < 0) {
        negative++;
      }
      if (f != 0) {
        nonZero++;
      }
    }
    // With no non-zero factor the reference's ratio is NaN and it does not flip.
    return nonZero > 0 && (double) negative / nonZero < 0.5;
  }

  /** Negates all note and rater factors when {@link #needsFlip} says so; returns whether it did. */
  public static boolean flipIfNeeded(MfParams params) {
    if (!needsFlip(params.raterFactor)) {
      return false;
    }
    negate(params.noteFactor);
    negate(params.raterFactor);
    return true;
  }

  private static void negate(float[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = -values[i];
    }
  }
}
