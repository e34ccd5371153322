package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

class RecentNoteStatsTest {
  static final long NEWEST = 1_800_000_000_000L;
  static final long DAY = RecentNoteStats.DAY_MILLIS;
  static final byte CRH = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  static final byte NMR = NoteStatus.NEEDS_MORE_RATINGS.code();

  /** Author 0 writes every note; note i gets ratingsPerNote[i] ratings. */
  static RecentNoteStats stats(long[] created, byte[] status, int[] ratingsPerNote, int days,
      boolean strict) {
    NoteTable notes = Tables.notes(new int[created.length], created);
    int total = 0;
    for (int c : ratingsPerNote) {
      total += c;
    }
    int[] note = new int[total];
    int k = 0;
    for (int i = 0; i < ratingsPerNote.length; i++) {
      for (int j = 0; j < ratingsPerNote[i]; j++) {
        note[k++] = i;
      }
    }
    RatingTable ratings = Tables.ratings(note, new int[total], new long[total],
        Tables.levels(total, HELPFUL), null);
    long[] none = new long[created.length];
    java.util.Arrays.fill(none, Nulls.NO_TIME);
    return RecentNoteStats.compute(1, Tables.history(notes, none, status), ratings, null, days, strict);
  }

  @Test
  void windowEndsAtTheNewestNoteAndExcludesItsStart() {
    long[] created = {NEWEST, NEWEST - 14 * DAY, NEWEST - 14 * DAY + 1};
    byte[] status = {CRH, CRH, CRH};
    RecentNoteStats s = stats(created, status, new int[] {1, 1, 1}, 14, true);
    assertThat(s.crh[0]).isEqualTo(2);
  }

  @Test
  void fourteenDayTotalsNeedStatusOrTenRatings() {
    long[] created = {NEWEST, NEWEST, NEWEST, NEWEST};
    byte[] status = {NMR, NMR, CRH, CRH};
    RecentNoteStats s14 = stats(created, status, new int[] {9, 10, 1, 0}, 14, true);
    assertThat(s14.nmr[0]).as("9 ratings excluded, 10 included").isEqualTo(1);
    assertThat(s14.crh[0]).as("unrated CRH note excluded").isEqualTo(1);

    RecentNoteStats s90 = stats(created, status, new int[] {9, 10, 1, 0}, 90, false);
    assertThat(s90.nmr[0]).isEqualTo(2);
    assertThat(s90.crh[0]).isEqualTo(2);
  }
}
