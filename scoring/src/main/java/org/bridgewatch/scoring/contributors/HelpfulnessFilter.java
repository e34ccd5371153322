package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Filtering ratings based on helpfulness scores: only ratings by raters above the helpfulness
 * threshold survive into a scorer's final round.
 */
public final class HelpfulnessFilter {
  private HelpfulnessFilter() {}

  /** One flag per entry of {@code rows} (or per rating when null): keep this rating. */
  public static boolean[] mask(RatingTable ratings, int[] rows, boolean[] aboveThreshold) {
    int n = rows == null ? ratings.size : rows.length;
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      keep[i] = aboveThreshold[ratings.rater[r]];
    }
    return keep;
  }

  /** The kept rating indexes, in input order. */
  public static int[] keptRows(RatingTable ratings, int[] rows, boolean[] aboveThreshold) {
    boolean[] keep = mask(ratings, rows, aboveThreshold);
    int count = 0;
    for (boolean k : keep) {
      count += k ? 1 : 0;
    }
    int[] kept = new int[count];
    int j = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        kept[j++] = rows == null ? i : rows[i];
      }
    }
    return kept;
  }

  /**
   * The kept rating indexes in the order the reference's prescoring produces them: its filter is a
   * join led by the helpfulness table, whose rows are sorted by participant id, so the surviving
   * ratings come grouped by rater id (string order), in input order within a rater. Only matters
   * where training depends on row order.
   */
  public static int[] keptRowsInReferenceOrder(
      RatingTable ratings, int[] rows, boolean[] aboveThreshold, ParticipantIndex participants) {
    int[] kept = keptRows(ratings, rows, aboveThreshold);
    int[] rankOfParticipant = idRanks(participants);
    IntArrays.mergeSort(
        kept,
        (a, b) -> {
          int c =
              Integer.compare(
                  rankOfParticipant[ratings.rater[a]], rankOfParticipant[ratings.rater[b]]);
          return c;
        });
    return kept;
  }

  private static int[] idRanks(ParticipantIndex participants) {
    int n = participants.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> participants.id(a).compareTo(participants.id(b)));
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[order[i]] = i;
    }
    return rank;
  }
}
