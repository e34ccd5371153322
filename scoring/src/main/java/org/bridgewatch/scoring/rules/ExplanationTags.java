package org.bridgewatch.scoring.rules;

import static org.bridgewatch.scoring.model.RatingTag.*;

import java.util.List;
import java.util.function.ToIntFunction;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Explanation tags (the reference's {@code get_top_two_tags_for_note} as used by the
 * "InsufficientExplanation" meta rule): a Helpful note shows its two most used Helpful tags, a Not
 * Helpful note its two most used Not Helpful tags. A tag qualifies only when at least two ratings
 * used it. Ties go to the tag that wins the documented tie-break order (the rarer reason). A CRH or
 * CRNH note without two qualifying tags reverts to Needs More Ratings.
 */
public final class ExplanationTags {
  /** Helpful tags, first = wins every tie (the documented order, reversed). */
  public static final List<RatingTag> HELPFUL_TIEBREAK =
      List.of(
          HELPFUL_INFORMATIVE,
          HELPFUL_CLEAR,
          HELPFUL_IMPORTANT_CONTEXT,
          HELPFUL_ADDRESSES_CLAIM,
          HELPFUL_GOOD_SOURCES,
          HELPFUL_EMPATHETIC,
          HELPFUL_UNIQUE_CONTEXT,
          HELPFUL_UNBIASED_LANGUAGE,
          HELPFUL_OTHER);

  /** Not Helpful tags, first = wins every tie. */
  public static final List<RatingTag> NOT_HELPFUL_TIEBREAK =
      List.of(
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
          NOT_HELPFUL_OTHER);

  static final int MIN_RATINGS_TO_GET_TAG = 2;

  private ExplanationTags() {}

  /**
   * Tags per note and which notes lose their status.
   *
   * @param firstTag most used qualifying tag, null when the note gets none
   * @param secondTag runner-up, null when the note gets none
   * @param insufficient CRH/CRNH notes without two qualifying tags (they become NMR)
   */
  public record Assignment(RatingTag[] firstTag, RatingTag[] secondTag, boolean[] insufficient) {}

  /**
   * @param tagCounts {@code tagCounts[tag.ordinal()][row]}, e.g. {@link NoteRatingStats#tagCounts}
   *     over all ratings
   * @param status the note's status so far ({@link NoteStatus#code()} per row)
   */
  public static Assignment assign(int[][] tagCounts, byte[] status) {
    int rows = status.length;
    RatingTag[] first = new RatingTag[rows];
    RatingTag[] second = new RatingTag[rows];
    boolean[] insufficient = new boolean[rows];
    RatingTag[] top = new RatingTag[2];
    for (int row = 0; row < rows; row++) {
      List<RatingTag> order;
      if (status[row] == NoteStatus.CURRENTLY_RATED_HELPFUL.code()) {
        order = HELPFUL_TIEBREAK;
      } else if (status[row] == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code()) {
        order = NOT_HELPFUL_TIEBREAK;
      } else {
        continue;
      }
      int r = row;
      if (topTwo(tag -> tagCounts[tag.ordinal()][r], order, MIN_RATINGS_TO_GET_TAG, top)) {
        first[row] = top[0];
        second[row] = top[1];
      } else {
        insufficient[row] = true;
      }
    }
    return new Assignment(first, second, insufficient);
  }

  /**
   * Picks the two qualifying tags (used by at least {@code minRatings} raters) with the highest
   * counts, ties to the earlier tag of {@code order}. Returns false (leaving {@code out}
   * unspecified) when fewer than two qualify.
   */
  public static boolean topTwo(
      ToIntFunction<RatingTag> count, List<RatingTag> order, int minRatings, RatingTag[] out) {
    RatingTag best = null;
    RatingTag next = null;
    int bestCount = -1;
    int nextCount = -1;
    for (RatingTag tag : order) {
      int c = count.applyAsInt(tag);
      if (c < minRatings) {
        continue;
      }
      if (c > bestCount) {
        next = best;
        nextCount = bestCount;
        best = tag;
        bestCount = c;
      } else if (c > nextCount) {
        next = tag;
        nextCount = c;
      }
    }
    out[0] = best;
    out[1] = next;
    return next != null;
  }
}
