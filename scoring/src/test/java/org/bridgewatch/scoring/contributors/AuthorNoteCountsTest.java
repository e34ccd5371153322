package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.junit.jupiter.api.Test;

class AuthorNoteCountsTest {
  static final byte CRH = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  static final byte CRNH = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
  static final byte NMR = NoteStatus.NEEDS_MORE_RATINGS.code();

  @Test
  void recentCountsTakeTheFiveNewestDecidedNotesBeforeAnyNmr() {
    // noteId grows with index: the last notes are the newest.
    byte[] status = {CRNH, CRNH, CRH, CRH, CRH, CRH, CRH, NMR, NMR};
    int n = status.length;
    NoteTable notes = Tables.notes(new int[n], new long[n]);
    for (int i = 0; i < n; i++) {
      notes.createdAtMillis[i] = 100 + i;
    }
    int[] received = new int[n];
    java.util.Arrays.fill(received, 1);
    AuthorNoteCounts recent = AuthorNoteCounts.recentDecided(
        1, notes, NoteOutcomes.ofStatuses(status), received, new long[] {1});
    assertThat(recent.crh[0]).isEqualTo(5);
    assertThat(recent.crnh[0]).isZero();
    assertThat(recent.awaiting[0]).isZero();

    // Only notes after the last earn-out: the 3 newest (CRH, NMR, NMR) -> NMR fill in.
    AuthorNoteCounts sinceEarnOut = AuthorNoteCounts.recentDecided(
        1, notes, NoteOutcomes.ofStatuses(status), received, new long[] {105});
    assertThat(sinceEarnOut.crh[0]).isEqualTo(1);
    assertThat(sinceEarnOut.awaiting[0]).isEqualTo(2);
    assertThat(sinceEarnOut.ratingsReceived[0]).isEqualTo(3);

    AuthorNoteCounts all = AuthorNoteCounts.allNotes(1, notes, NoteOutcomes.ofStatuses(status), received);
    assertThat(all.crnh[0]).isEqualTo(2);
    assertThat(all.writingImpact(0)).isEqualTo(3);
  }
}
