package org.bridgewatch.scoring.pipeline.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.junit.jupiter.api.Test;

class NoteInfoMergerTest {
  @Test
  void addsNewNotesKeepsDeletedOnesAndSortsByNoteId() {
    NoteTable old = TestTables.notes(new long[] {30, 10}, new long[] {3, 1});
    StatusHistoryTable history = TestTables.emptyHistory(old);
    history.currentStatus[0] = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
    history.currentStatus[1] = NoteStatus.NEEDS_MORE_RATINGS.code();
    // Note 30 was deleted; 20 is new; 10 is in both (same author index 1 as in `old`).
    NoteTable notes = TestTables.notes(new long[] {20, 10}, new long[] {2, 1});

    StatusHistoryTable merged = NoteInfoMerger.merge(history, notes);

    assertThat(merged.noteId).containsExactly(10, 20, 30);
    assertThat(merged.note).containsExactly(1, 0, -1);
    assertThat(merged.createdAtMillis).containsExactly(1, 2, 3);
    assertThat(merged.author).containsExactly(1, 0, 0);
    assertThat(merged.currentStatus)
        .containsExactly(
            NoteStatus.NEEDS_MORE_RATINGS.code(),
            Nulls.NO_CODE,
            NoteStatus.CURRENTLY_RATED_HELPFUL.code());
    assertThat(merged.timestampMillisOfMostRecentStatusChange[1]).isEqualTo(Nulls.NO_TIME);
    assertThat(merged.currentModelingGroup[1]).isEqualTo(Nulls.NO_INT);
  }

  @Test
  void rejectsNotesWhoseCreationTimeDisagreesWithHistory() {
    StatusHistoryTable history =
        TestTables.emptyHistory(TestTables.notes(new long[] {10}, new long[] {1}));
    NoteTable notes = TestTables.notes(new long[] {10}, new long[] {2});

    assertThatThrownBy(() -> NoteInfoMerger.merge(history, notes))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
