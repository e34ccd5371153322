package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.model.RatingTag.*;

import org.bridgewatch.scoring.model.RatingTag;

/**
 * Explanation tags: a note's two most used tags among those used at least {@code minRatingsToGetTag}
 * times, ties going to the tag with the higher tiebreak priority. Fewer than two such tags gives no
 * tags at all.
 */
final class ExplanationTags {
  /** Helpful tags, highest tiebreak priority first. */
  static final RatingTag[] HELPFUL_BY_PRIORITY = {
    HELPFUL_INFORMATIVE,
    HELPFUL_CLEAR,
    HELPFUL_IMPORTANT_CONTEXT,
    HELPFUL_ADDRESSES_CLAIM,
    HELPFUL_GOOD_SOURCES,
    HELPFUL_EMPATHETIC,
    HELPFUL_UNIQUE_CONTEXT,
    HELPFUL_UNBIASED_LANGUAGE,
    HELPFUL_OTHER
  };

  /** Not-helpful tags, highest tiebreak priority first. */
  static final RatingTag[] NOT_HELPFUL_BY_PRIORITY = {
    NOT_HELPFUL_OUTDATED,
    NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE,
    NOT_HELPFUL_HARD_TO_UNDERSTAND,
    NOT_HELPFUL_OFF_TOPIC,
    NOT_HELPFUL_INCORRECT,
    NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED,
    NOT_HELPFUL_NOTE_NOT_NEEDED,
    NOT_HELPFUL_MISSING_KEY_POINTS,
    NOT_HELPFUL_OPINION_SPECULATION_OR_BIAS,
    NOT_HELPFUL_OPINION_SPECULATION,
    NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE,
    NOT_HELPFUL_IRRELEVANT_SOURCES,
    NOT_HELPFUL_OTHER
  };

  private ExplanationTags() {}

  /**
   * Writes the top two tags of {@code row} into {@code first}/{@code second} (as {@link
   * RatingTag#ordinal()}) and returns true, or returns false leaving them untouched.
   */
  static boolean topTwo(
      MetaContext context,
      int row,
      RatingTag[] byPriority,
      int minRatingsToGetTag,
      byte[] first,
      byte[] second) {
    RatingTag best = null;
    RatingTag next = null;
    int bestCount = 0;
    int nextCount = 0;
    for (RatingTag tag : byPriority) {
      int count = context.tagCount(tag, row);
      if (count < minRatingsToGetTag) {
        continue;
      }
      // Strictly greater: on equal counts the earlier (higher-priority) tag stays ahead.
      if (best == null || count > bestCount) {
        next = best;
        nextCount = bestCount;
        best = tag;
        bestCount = count;
      } else if (next == null || count > nextCount) {
        next = tag;
        nextCount = count;
      }
    }
    if (next == null) {
      return false;
    }
    first[row] = (byte) best.ordinal();
    second[row] = (byte) next.ordinal();
    return true;
  }
}
