package org.bridgewatch.scoring.synth;

import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Draws the tags that go with a rating's helpfulness level, at rates measured on the fixtures.
 * Deprecated tags (informative, empathetic, unique context, opinion-or-bias, outdated, off topic)
 * are never set, as in current data. Each note leans towards one not-helpful tag, so that some
 * notes stand out in the tag outlier filter.
 */
final class RatingTagSampler {
  private static final RatingTag[] HELPFUL = {
    RatingTag.HELPFUL_OTHER, RatingTag.HELPFUL_CLEAR, RatingTag.HELPFUL_GOOD_SOURCES,
    RatingTag.HELPFUL_ADDRESSES_CLAIM, RatingTag.HELPFUL_IMPORTANT_CONTEXT,
    RatingTag.HELPFUL_UNBIASED_LANGUAGE
  };
  private static final double[] HELPFUL_RATES = {0.05, 0.57, 0.50, 0.47, 0.55, 0.37};
  private static final RatingTag[] NOT_HELPFUL = {
    RatingTag.NOT_HELPFUL_OTHER, RatingTag.NOT_HELPFUL_INCORRECT,
    RatingTag.NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE, RatingTag.NOT_HELPFUL_MISSING_KEY_POINTS,
    RatingTag.NOT_HELPFUL_HARD_TO_UNDERSTAND, RatingTag.NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED,
    RatingTag.NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE, RatingTag.NOT_HELPFUL_IRRELEVANT_SOURCES,
    RatingTag.NOT_HELPFUL_OPINION_SPECULATION, RatingTag.NOT_HELPFUL_NOTE_NOT_NEEDED
  };
  private static final double[] NOT_HELPFUL_RATES =
      {0.07, 0.30, 0.36, 0.38, 0.16, 0.26, 0.04, 0.27, 0.30, 0.38};
  private static final double SOMEWHAT_SCALE = 0.45;
  private static final double LEAN_BOOST = 0.35;

  private RatingTagSampler() {}

  /** Which not-helpful tag (index into the list) a note's critics favour. */
  static int drawLean(SplittableRandom rng) {
    return rng.nextInt(NOT_HELPFUL.length);
  }

  /** The tag bitset ({@link RatingTag#bit()}) of one rating. */
  static int draw(SplittableRandom rng, HelpfulnessLevel level, int lean) {
    return switch (level) {
      case HELPFUL -> atLeastOne(rng, HELPFUL, HELPFUL_RATES, 1.0, -1);
      case NOT_HELPFUL -> atLeastOne(rng, NOT_HELPFUL, NOT_HELPFUL_RATES, 1.0, lean);
      case SOMEWHAT_HELPFUL -> some(rng, HELPFUL, HELPFUL_RATES, SOMEWHAT_SCALE, -1)
          | some(rng, NOT_HELPFUL, NOT_HELPFUL_RATES, SOMEWHAT_SCALE * 0.6, lean);
    };
  }

  private static int atLeastOne(SplittableRandom rng, RatingTag[] tags, double[] rates,
      double scale, int lean) {
    int bits = some(rng, tags, rates, scale, lean);
    if (bits == 0) {
      bits = tags[lean >= 0 && rng.nextBoolean() ? lean : rng.nextInt(tags.length)].bit();
    }
    return bits;
  }

  private static int some(SplittableRandom rng, RatingTag[] tags, double[] rates, double scale,
      int lean) {
    int bits = 0;
    for (int k = 0; k < tags.length; k++) {
      double p = scale * (k == lean ? Math.min(0.95, rates[k] + LEAN_BOOST) : rates[k]);
      if (rng.nextDouble() < p) {
        bits |= tags[k].bit();
      }
    }
    return bits;
  }
}
