package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.BitSet;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * The valid-rating window: which ratings were made before the rater could have known the note's
 * outcome. A rating is inside the window when
 *
 * <ul>
 *   <li>it was made less than 48 hours after the note was created (rating data is published after
 *       48 hours), and
 *   <li>for notes created on or after the status-history launch (2022-05-19): it was made strictly
 *       before the note's most recent non-NMR status, or the note never had one;
 *   <li>for older notes: it is among the note's first five ratings inside the 48 hours.
 * </ul>
 *
 * Note creation time and status time come from the status history, as in the reference; ratings
 * of notes missing from the history are never inside the window.
 */
public final class RatingWindow {
  /** Ratings become public this long after the note is created. */
  public static final long PUBLIC_TSV_DELAY_MILLIS = 172_800_000L;

  /** Notes created before this have no reliable status history (deleted-note tombstones launch). */
  public static final long TOMBSTONES_LAUNCH_MILLIS = 1_652_918_400_000L;

  /** For pre-launch notes, only this many earliest ratings are valid. */
  public static final int MAX_HISTORICAL_VALID_RATINGS = 5;

  private RatingWindow() {}

  /**
   * Ratings among {@code rows} (null: all) that fall inside the window, as a set of rating
   * indexes.
   */
  public static BitSet ratedBeforeStatus(RatingTable ratings, int[] rows, NoteHistoryLookup lookup) {
    StatusHistoryTable history = lookup.history();
    BitSet inside = new BitSet(ratings.size);
    IntArrayList historicalCandidates = new IntArrayList();
    int n = rows == null ? ratings.size : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      int h = lookup.rowOfRating(ratings, r);
      if (h < 0 || history.createdAtMillis[h] == Nulls.NO_TIME) {
        continue;
      }
      long noteCreated = history.createdAtMillis[h];
      long rated = ratings.createdAtMillis[r];
      if (rated - noteCreated >= PUBLIC_TSV_DELAY_MILLIS) {
        continue;
      }
      if (noteCreated < TOMBSTONES_LAUNCH_MILLIS) {
        historicalCandidates.add(r);
        continue;
      }
      long status = history.timestampMillisOfLatestNonNMRStatus[h];
      if (status == Nulls.NO_TIME || rated < status) {
        inside.set(r);
      }
    }
    markFirstRatingsOfHistoricalNotes(ratings, lookup, historicalCandidates, inside);
    return inside;
  }

  /**
   * Old notes: the earliest {@link #MAX_HISTORICAL_VALID_RATINGS} candidate ratings per note.
   * Ties in creation time are broken by rating order (the reference's sort is not stable).
   */
  private static void markFirstRatingsOfHistoricalNotes(
      RatingTable ratings, NoteHistoryLookup lookup, IntArrayList candidates, BitSet inside) {
    if (candidates.isEmpty()) {
      return;
    }
    int[] sorted = candidates.toIntArray();
    int[] historyRow = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      historyRow[i] = lookup.rowOfRating(ratings, sorted[i]);
    }
    int[] order = new int[sorted.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    IntArrays.quickSort(
        order,
        (a, b) -> {
          int c = Integer.compare(historyRow[a], historyRow[b]);
          if (c != 0) {
            return c;
          }
          c = Long.compare(ratings.createdAtMillis[sorted[a]], ratings.createdAtMillis[sorted[b]]);
          return c != 0 ? c : Integer.compare(sorted[a], sorted[b]);
        });
    int previousNote = -1;
    int taken = 0;
    for (int i : order) {
      if (historyRow[i] != previousNote) {
        previousNote = historyRow[i];
        taken = 0;
      }
      if (taken < MAX_HISTORICAL_VALID_RATINGS) {
        inside.set(sorted[i]);
        taken++;
      }
    }
  }
}
