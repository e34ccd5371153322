package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.List;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * authorTopNotHelpfulTagValues: the two not-helpful tags raters pick most often on an author's
 * notes.
 *
 * <p>Per note, a tag is eligible when at least 2 ratings used it; a note with at least 2 eligible
 * tags contributes its top two (by count, ties to the higher tiebreak priority). Per author the
 * notes' first and second tags are counted together and the two most frequent win, ties to the
 * higher priority. The value is their TSV-order indexes joined by a comma ("" when none). Every
 * author in the status history gets a value; others get null.
 */
public final class TopNotHelpfulTags {
  /** Minimum ratings using a tag for it to describe a note. */
  public static final int MIN_RATINGS_TO_GET_TAG = 2;

  /** Not-helpful tags in TSV order; index = the value written out. */
  private static final List<RatingTag> TAGS = RatingTag.NOT_HELPFUL_TAGS;

  /** Tiebreak priority per TSV index: higher wins ("outdated" wins all, "other" loses all). */
  private static final int[] PRIORITY = {0, 8, 2, 4, 5, 12, 10, 7, 9, 11, 1, 3, 6};

  private TopNotHelpfulTags() {}

  public static String[] compute(
      int participants, RatingTable ratings, int[] rows, NoteHistoryLookup lookup) {
    StatusHistoryTable history = lookup.history();
    int tagCount = TAGS.size();
    int[][] counts = new int[tagCount][history.size];
    int n = rows == null ? ratings.size : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      int tags = ratings.tags[r];
      if (tags == 0) {
        continue;
      }
      int h = lookup.rowOfRating(ratings, r);
      if (h < 0) {
        continue;
      }
      for (int t = 0; t < tagCount; t++) {
        if (TAGS.get(t).isSet(tags)) {
          counts[t][h]++;
        }
      }
    }
    String[] result = new String[participants];
    int[] order = new int[history.size];
    for (int h = 0; h < order.length; h++) {
      order[h] = h;
    }
    IntArrays.quickSort(order, (a, b) -> Integer.compare(history.author[a], history.author[b]));
    int[] authorTally = new int[tagCount];
    int[] noteTop = new int[2];
    for (int i = 0; i < order.length; ) {
      int author = history.author[order[i]];
      java.util.Arrays.fill(authorTally, 0);
      for (; i < order.length && history.author[order[i]] == author; i++) {
        if (topTwoOfNote(counts, order[i], noteTop)) {
          authorTally[noteTop[0]]++;
          authorTally[noteTop[1]]++;
        }
      }
      if (author >= 0) {
        result[author] = topTwoOfAuthor(authorTally);
      }
    }
    return result;
  }

  /** Fills {@code top} with the note's two best tags; false when fewer than two are eligible. */
  static boolean topTwoOfNote(int[][] counts, int h, int[] top) {
    int first = -1;
    int second = -1;
    for (int t = 0; t < counts.length; t++) {
      int c = counts[t][h];
      if (c < MIN_RATINGS_TO_GET_TAG) {
        continue;
      }
      if (first < 0 || beats(c, t, counts[first][h], first)) {
        second = first;
        first = t;
      } else if (second < 0 || beats(c, t, counts[second][h], second)) {
        second = t;
      }
    }
    top[0] = first;
    top[1] = second;
    return second >= 0;
  }

  private static boolean beats(int count, int tag, int otherCount, int otherTag) {
    return count > otherCount || (count == otherCount && PRIORITY[tag] > PRIORITY[otherTag]);
  }

  static String topTwoOfAuthor(int[] tally) {
    int first = -1;
    int second = -1;
    for (int t = 0; t < tally.length; t++) {
      int c = tally[t];
      if (c == 0) {
        continue;
      }
      if (first < 0 || beats(c, t, tally[first], first)) {
        second = first;
        first = t;
      } else if (second < 0 || beats(c, t, tally[second], second)) {
        second = t;
      }
    }
    if (first < 0) {
      return "";
    }
    return second < 0 ? Integer.toString(first) : first + "," + second;
  }
}
