package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Past-n-days totals per author (crhTotal14d, crnhTotal90d, ...): notes by current status, counting
 * only notes created strictly after (newest note creation time in the history - n days). Note that
 * the window ends at the newest note, not at "now".
 *
 * <p>The 14-day totals additionally require each note to have at least one rating and either at
 * least 10 ratings or a current status of CRH/CRNH; the 90-day totals count every recent note.
 */
public final class RecentNoteStats {
  public static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
  public static final int MIN_RATINGS_WITHOUT_STATUS = 10;

  public final int[] crh;
  public final int[] crnh;
  public final int[] nmr;

  private RecentNoteStats(int participants) {
    crh = new int[participants];
    crnh = new int[participants];
    nmr = new int[participants];
  }

  /**
   * @param onlyNotesWithStatusOrEnoughRatings the 14-day variant's note filter
   */
  public static RecentNoteStats compute(
      int participants,
      StatusHistoryTable history,
      RatingTable ratings,
      int[] rows,
      int days,
      boolean onlyNotesWithStatusOrEnoughRatings) {
    RecentNoteStats s = new RecentNoteStats(participants);
    long newest = Long.MIN_VALUE;
    for (int h = 0; h < history.size; h++) {
      if (history.createdAtMillis[h] != Nulls.NO_TIME) {
        newest = Math.max(newest, history.createdAtMillis[h]);
      }
    }
    if (newest == Long.MIN_VALUE) {
      return s;
    }
    long cutoff = newest - DAY_MILLIS * days;
    Long2IntOpenHashMap ratingsPerNote = null;
    if (onlyNotesWithStatusOrEnoughRatings) {
      ratingsPerNote = new Long2IntOpenHashMap();
      int n = rows == null ? ratings.size : rows.length;
      for (int i = 0; i < n; i++) {
        ratingsPerNote.addTo(ratings.noteId(rows == null ? i : rows[i]), 1);
      }
    }
    byte crhCode = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
    byte crnhCode = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
    byte nmrCode = NoteStatus.NEEDS_MORE_RATINGS.code();
    for (int h = 0; h < history.size; h++) {
      long created = history.createdAtMillis[h];
      int author = history.author[h];
      if (created == Nulls.NO_TIME || created <= cutoff || author < 0) {
        continue;
      }
      byte status = history.currentStatus[h];
      if (ratingsPerNote != null) {
        int received = ratingsPerNote.get(history.noteId[h]);
        boolean decided = status == crhCode || status == crnhCode;
        if (received == 0 || (received < MIN_RATINGS_WITHOUT_STATUS && !decided)) {
          continue;
        }
      }
      if (status == crhCode) {
        s.crh[author]++;
      } else if (status == crnhCode) {
        s.crnh[author]++;
      } else if (status == nmrCode) {
        s.nmr[author]++;
      }
    }
    return s;
  }
}
