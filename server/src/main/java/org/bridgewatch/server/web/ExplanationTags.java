package org.bridgewatch.server.web;

import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Explanation tags of a rated-helpful note: its two most chosen helpful tags, each chosen by at
 * least {@link #MIN_RATINGS_PER_TAG} raters; fewer than two such tags gives none. Ties go to the
 * tag that comes first in the public tie-break order (Informative, Clear, Important context,
 * Addresses claim, Good sources, Empathetic, Unique context, Unbiased language, Other).
 */
public final class ExplanationTags {
  static final int MIN_RATINGS_PER_TAG = 2;

  /** Tie-break order, winners first. */
  private static final List<RatingTag> TIE_BREAK = List.of(
      RatingTag.HELPFUL_INFORMATIVE, RatingTag.HELPFUL_CLEAR, RatingTag.HELPFUL_IMPORTANT_CONTEXT,
      RatingTag.HELPFUL_ADDRESSES_CLAIM, RatingTag.HELPFUL_GOOD_SOURCES, RatingTag.HELPFUL_EMPATHETIC,
      RatingTag.HELPFUL_UNIQUE_CONTEXT, RatingTag.HELPFUL_UNBIASED_LANGUAGE, RatingTag.HELPFUL_OTHER);

  private ExplanationTags() {}

  public static List<RatingTag> topTwo(List<WebReads.RatingPoint> ratings) {
    int[] counts = new int[RatingTag.values().length];
    for (WebReads.RatingPoint r : ratings) {
      for (RatingTag tag : TIE_BREAK) {
        if (tag.isSet(r.tags())) {
          counts[tag.ordinal()]++;
        }
      }
    }
    List<RatingTag> eligible = new ArrayList<>();
    for (RatingTag tag : TIE_BREAK) {
      if (counts[tag.ordinal()] >= MIN_RATINGS_PER_TAG) {
        eligible.add(tag);
      }
    }
    if (eligible.size() < 2) {
      return List.of();
    }
    // Stable sort: equal counts keep the tie-break order.
    eligible.sort((a, b) -> Integer.compare(counts[b.ordinal()], counts[a.ordinal()]));
    return List.copyOf(eligible.subList(0, 2));
  }
}
