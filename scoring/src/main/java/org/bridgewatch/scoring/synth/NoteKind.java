package org.bridgewatch.scoring.synth;

import java.util.SplittableRandom;

/**
 * The generator's four kinds of note and how each draws its latent quality and polarity. A
 * rating's latent score is {@code quality + polarity * viewpoint + leniency + noise}.
 */
enum NoteKind {
  /** Helpful to every camp: high quality, little polarity. */
  BRIDGING("bridging", 0.16),
  /** Loved by one camp, disliked by the other: average quality, large polarity. */
  POLARIZING("polarizing", 0.23),
  /** Disliked by everyone. */
  UNHELPFUL("unhelpful", 0.26),
  /** Middling, and raters disagree at random (twice the rating noise). */
  NOISE("noise", 0.23);

  final String tsv;
  /** Probability that a note of this kind says the post is NOT_MISLEADING. */
  final double notMisleadingProbability;

  NoteKind(String tsv, double notMisleadingProbability) {
    this.tsv = tsv;
    this.notMisleadingProbability = notMisleadingProbability;
  }

  double drawQuality(SplittableRandom rng) {
    return switch (this) {
      case BRIDGING -> 1.27 + 0.24 * rng.nextGaussian();
      case POLARIZING -> 0.25 * rng.nextGaussian();
      case UNHELPFUL -> -1.21 + 0.3 * rng.nextGaussian();
      case NOISE -> 0.23 + 0.49 * rng.nextGaussian();
    };
  }

  /** {@code sign} is +1 when the R camp loves a polarizing note, -1 for the L camp. */
  double drawPolarity(SplittableRandom rng, int sign) {
    return switch (this) {
      case POLARIZING -> sign * Math.max(0.4, 1.05 + 0.3 * rng.nextGaussian());
      case NOISE -> 0.34 * rng.nextGaussian();
      default -> 0.12 * rng.nextGaussian();
    };
  }

  double ratingNoiseSd() {
    return this == NOISE ? 2 * SynthConfig.NOISE_SD : SynthConfig.NOISE_SD;
  }
}
