package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;

import java.util.BitSet;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

class RatingWindowTest {
  static final long CREATED = 1_700_000_000_000L;
  static final long STATUS = CREATED + 3_600_000L;
  static final long DAY2 = RatingWindow.PUBLIC_TSV_DELAY_MILLIS;

  @Test
  void ratingsMustPrecedeTheMostRecentNonNmrStatus() {
    NoteTable notes = Tables.notes(new int[] {0}, Tables.times(CREATED));
    RatingTable ratings =
        Tables.ratings(new int[] {0, 0, 0}, new int[] {1, 2, 3},
            Tables.times(STATUS - 1, STATUS, STATUS + 1), Tables.levels(3, HELPFUL), null);
    var history = Tables.history(notes, Tables.times(STATUS),
        new byte[] {NoteStatus.CURRENTLY_RATED_HELPFUL.code()});

    BitSet inside = RatingWindow.ratedBeforeStatus(ratings, null, new NoteHistoryLookup(notes, history));

    assertThat(inside.get(0)).isTrue();
    assertThat(inside.get(1)).as("at the status time").isFalse();
    assertThat(inside.get(2)).isFalse();
  }

  @Test
  void withoutStatusRatingsCountUntilFortyEightHoursAfterCreation() {
    NoteTable notes = Tables.notes(new int[] {0}, Tables.times(CREATED));
    RatingTable ratings =
        Tables.ratings(new int[] {0, 0, 0}, new int[] {1, 2, 3},
            Tables.times(CREATED - 5, CREATED + DAY2 - 1, CREATED + DAY2), Tables.levels(3, HELPFUL),
            null);
    var history = Tables.history(notes, Tables.times(Nulls.NO_TIME),
        new byte[] {NoteStatus.NEEDS_MORE_RATINGS.code()});

    BitSet inside = RatingWindow.ratedBeforeStatus(ratings, null, new NoteHistoryLookup(notes, history));

    assertThat(inside.get(0)).isTrue();
    assertThat(inside.get(1)).isTrue();
    assertThat(inside.get(2)).as("exactly 48h").isFalse();
  }

  @Test
  void statusLaterThanFortyEightHoursStillClosesTheWindowAtFortyEightHours() {
    NoteTable notes = Tables.notes(new int[] {0}, Tables.times(CREATED));
    RatingTable ratings =
        Tables.ratings(new int[] {0}, new int[] {1}, Tables.times(CREATED + DAY2 + 10),
            Tables.levels(1, HELPFUL), null);
    var history = Tables.history(notes, Tables.times(CREATED + 5 * DAY2),
        new byte[] {NoteStatus.CURRENTLY_RATED_HELPFUL.code()});

    assertThat(RatingWindow.ratedBeforeStatus(ratings, null, new NoteHistoryLookup(notes, history))
            .cardinality())
        .isZero();
  }

  @Test
  void notesBeforeTheHistoryLaunchKeepOnlyTheirFirstFiveRatings() {
    long old = RatingWindow.TOMBSTONES_LAUNCH_MILLIS - 1000;
    NoteTable notes = Tables.notes(new int[] {0}, Tables.times(old));
    int n = 7;
    int[] note = new int[n];
    int[] rater = new int[n];
    long[] created = new long[n];
    for (int i = 0; i < n; i++) {
      rater[i] = i + 1;
      created[i] = old + 100 * (n - i); // later rows are earlier ratings
    }
    RatingTable ratings = Tables.ratings(note, rater, created, Tables.levels(n, HELPFUL), null);
    // The status time is ignored for old notes.
    var history = Tables.history(notes, Tables.times(old + 1),
        new byte[] {NoteStatus.CURRENTLY_RATED_HELPFUL.code()});

    BitSet inside = RatingWindow.ratedBeforeStatus(ratings, null, new NoteHistoryLookup(notes, history));

    assertThat(inside.cardinality()).isEqualTo(5);
    assertThat(inside.get(0)).isFalse();
    assertThat(inside.get(1)).isFalse();
    assertThat(inside.get(6)).isTrue();
  }

  @Test
  void ratingsOfNotesMissingFromTheHistoryAreOutside() {
    NoteTable notes = Tables.notes(new int[] {0, 0}, Tables.times(CREATED, CREATED));
    RatingTable ratings =
        Tables.ratings(new int[] {1, -1}, new int[] {1, 1}, Tables.times(CREATED, CREATED),
            Tables.levels(2, HELPFUL), null);
    NoteTable onlyFirst = Tables.notes(new int[] {0}, Tables.times(CREATED));
    var history = Tables.history(onlyFirst, Tables.times(Nulls.NO_TIME),
        new byte[] {NoteStatus.NEEDS_MORE_RATINGS.code()});

    assertThat(RatingWindow.ratedBeforeStatus(ratings, null, new NoteHistoryLookup(notes, history))
            .cardinality())
        .isZero();
  }
}
