package org.bridgewatch.scoring.pipeline.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.junit.jupiter.api.Test;

class StatusHistoryUpdaterTest {
  static final long NOW = 1_793_494_800_000L;
  static final long DAY = 24L * 60 * 60 * 1000;
  static final byte NMR = NoteStatus.NEEDS_MORE_RATINGS.code();
  static final byte CRH = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  static final byte CRNH = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();

  private static StatusHistoryTable history(long... createdAt) {
    long[] ids = new long[createdAt.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 100 + i;
    }
    NoteTable notes = TestTables.notes(ids, createdAt);
    return TestTables.emptyHistory(notes);
  }

  @Test
  void locksOnlyNotesStrictlyOlderThanTwoWeeks() {
    StatusHistoryTable h =
        history(NOW - 14 * DAY + 1, NOW - 14 * DAY, NOW - 14 * DAY - 1);
    ScoredStatuses s = TestTables.nmrStatuses(3);
    s.finalRatingStatus()[0] = CRH;
    s.finalRatingStatus()[1] = CRH;
    s.finalRatingStatus()[2] = CRH;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.lockedStatus).containsExactly(Nulls.NO_CODE, Nulls.NO_CODE, CRH);
    assertThat(out.timestampMillisOfStatusLock).containsExactly(Nulls.NO_TIME, Nulls.NO_TIME, NOW);
  }

  @Test
  void locksOnlyStatusesDecidedByGloballyDisplayedRules() {
    StatusHistoryTable h = history(NOW - 20 * DAY, NOW - 20 * DAY);
    ScoredStatuses s = TestTables.nmrStatuses(2);
    s.finalRatingStatus()[0] = CRH;
    s.finalRatingStatus()[1] = CRH;
    s.decidedBy()[1] = "ExpansionPlusModel (v1.1)";
    s.decidedByLockingRule()[1] = false;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.lockedStatus).containsExactly(CRH, Nulls.NO_CODE);
  }

  @Test
  void lockedNotesKeepTheirLockAndLeaveStabilization() {
    StatusHistoryTable h = history(NOW - 30 * DAY);
    h.lockedStatus[0] = CRNH;
    h.timestampMillisOfStatusLock[0] = NOW - 10 * DAY;
    h.timestampMillisOfNmrDueToMinStableCrhTime[0] = NOW - 5 * DAY;
    ScoredStatuses s = TestTables.nmrStatuses(1);
    s.finalRatingStatus()[0] = CRH;
    s.updatedTimestampMillisOfNmrDueToMinStableCrhTime()[0] = NOW;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.lockedStatus[0]).isEqualTo(CRNH);
    assertThat(out.timestampMillisOfStatusLock[0]).isEqualTo(NOW - 10 * DAY);
    assertThat(out.timestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(-1);
    assertThat(out.timestampMillisOfFirstNmrDueToMinStableCrhTime[0]).isEqualTo(Nulls.NO_TIME);
    assertThat(out.currentStatus[0]).isEqualTo(CRH);
  }

  @Test
  void newlyLockedNoteLeavesStabilizationInTheSameRun() {
    StatusHistoryTable h = history(NOW - 15 * DAY);
    ScoredStatuses s = TestTables.nmrStatuses(1);
    s.updatedTimestampMillisOfNmrDueToMinStableCrhTime()[0] = NOW;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.lockedStatus[0]).isEqualTo(NMR);
    assertThat(out.timestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(-1);
  }

  @Test
  void unlockedNotesTakeTheStabilizationTimestampAndRememberTheFirst() {
    StatusHistoryTable h = history(NOW - DAY, NOW - DAY, NOW - DAY);
    h.timestampMillisOfNmrDueToMinStableCrhTime[1] = -1;
    h.timestampMillisOfFirstNmrDueToMinStableCrhTime[1] = NOW - 3 * DAY;
    h.timestampMillisOfNmrDueToMinStableCrhTime[2] = NOW - 2 * DAY;
    ScoredStatuses s = TestTables.nmrStatuses(3);
    s.updatedTimestampMillisOfNmrDueToMinStableCrhTime()[0] = NOW;
    s.updatedTimestampMillisOfNmrDueToMinStableCrhTime()[1] = NOW;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.timestampMillisOfNmrDueToMinStableCrhTime)
        .containsExactly(NOW, NOW, NOW - 2 * DAY);
    assertThat(out.timestampMillisOfFirstNmrDueToMinStableCrhTime)
        .containsExactly(NOW, NOW - 3 * DAY, Nulls.NO_TIME);
  }

  @Test
  void firstNonNmrStatusIsSetOnceAndMostRecentFollowsFlips() {
    StatusHistoryTable h = history(NOW - DAY);
    ScoredStatuses s = TestTables.nmrStatuses(1);

    s.finalRatingStatus()[0] = CRH;
    StatusHistoryTable first = StatusHistoryUpdater.update(h, s, NOW);
    assertThat(first.firstNonNMRStatus[0]).isEqualTo(CRH);
    assertThat(first.timestampMillisOfFirstNonNMRStatus[0]).isEqualTo(NOW);
    assertThat(first.mostRecentNonNMRStatus[0]).isEqualTo(CRH);
    assertThat(first.timestampMillisOfLatestNonNMRStatus[0]).isEqualTo(NOW);

    s.finalRatingStatus()[0] = NMR;
    StatusHistoryTable second = StatusHistoryUpdater.update(first, s, NOW + 1);
    assertThat(second.mostRecentNonNMRStatus[0]).isEqualTo(CRH);
    assertThat(second.timestampMillisOfLatestNonNMRStatus[0]).isEqualTo(NOW);

    s.finalRatingStatus()[0] = CRNH;
    StatusHistoryTable third = StatusHistoryUpdater.update(second, s, NOW + 2);
    assertThat(third.firstNonNMRStatus[0]).isEqualTo(CRH);
    assertThat(third.timestampMillisOfFirstNonNMRStatus[0]).isEqualTo(NOW);
    assertThat(third.mostRecentNonNMRStatus[0]).isEqualTo(CRNH);
    assertThat(third.timestampMillisOfLatestNonNMRStatus[0]).isEqualTo(NOW + 2);

    StatusHistoryTable fourth = StatusHistoryUpdater.update(third, s, NOW + 3);
    assertThat(fourth.timestampMillisOfLatestNonNMRStatus[0]).isEqualTo(NOW + 2);
  }

  @Test
  void notesFromBeforeTombstonesKeepTheirNonNmrLabels() {
    long launch = StatusHistoryUpdater.DELETED_NOTE_TOMBSTONES_LAUNCH_MILLIS;
    StatusHistoryTable h = history(launch - 1, launch);
    ScoredStatuses s = TestTables.nmrStatuses(2);
    s.finalRatingStatus()[0] = CRH;
    s.finalRatingStatus()[1] = CRH;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.firstNonNMRStatus).containsExactly(Nulls.NO_CODE, CRH);
    assertThat(out.currentStatus).containsExactly(CRH, CRH);
  }

  @Test
  void mostRecentStatusChangeIsNowOnChangeElseKeptOrMinusOne() {
    StatusHistoryTable h = history(NOW - DAY, NOW - DAY, NOW - DAY);
    h.currentStatus[0] = NMR;
    h.currentStatus[1] = CRH;
    h.currentStatus[2] = CRH;
    h.timestampMillisOfMostRecentStatusChange[2] = NOW - DAY;
    ScoredStatuses s = TestTables.nmrStatuses(3);
    s.finalRatingStatus()[1] = CRH;
    s.finalRatingStatus()[2] = CRNH;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.timestampMillisOfMostRecentStatusChange).containsExactly(-1L, -1L, NOW);
    assertThat(out.timestampMillisOfCurrentStatus).containsExactly(NOW, NOW, NOW);
  }

  @Test
  void recordsCurrentModelStatusesAndFinalPcrhTime() {
    StatusHistoryTable h = history(NOW - DAY);
    h.currentModelingGroup[0] = 7;
    h.abovePcrhThresholdTime[0] = 5;
    h.timestampMinuteOfFinalScoringOutput[0] = 9;
    ScoredStatuses s = TestTables.nmrStatuses(1);
    s.coreRatingStatus()[0] = NoteStatus.FIRM_REJECT.code();
    s.groupRatingStatus()[0] = CRH;
    s.modelingGroup()[0] = 13;
    s.abovePcrhThresholdTime()[0] = -NOW;

    StatusHistoryTable out = StatusHistoryUpdater.update(h, s, NOW);

    assertThat(out.currentCoreStatus[0]).isEqualTo(NoteStatus.FIRM_REJECT.code());
    assertThat(out.currentGroupStatus[0]).isEqualTo(CRH);
    assertThat(out.currentModelingGroup[0]).isEqualTo(13);
    assertThat(out.currentModelingMultiGroup[0]).isEqualTo(Nulls.NO_INT);
    assertThat(out.currentDecidedBy[0]).isEqualTo("CoreModel (v1.1)");
    assertThat(out.abovePcrhThresholdTime[0]).isEqualTo(-NOW);
    assertThat(out.timestampMinuteOfFinalScoringOutput[0]).isEqualTo(Nulls.NO_TIME);
  }

  @Test
  void leavesTheInputUntouchedAndRejectsMissingStatus() {
    StatusHistoryTable h = history(NOW - DAY);
    ScoredStatuses s = TestTables.nmrStatuses(1);
    s.finalRatingStatus()[0] = CRH;
    StatusHistoryUpdater.update(h, s, NOW);
    assertThat(h.currentStatus[0]).isEqualTo(Nulls.NO_CODE);

    s.finalRatingStatus()[0] = Nulls.NO_CODE;
    assertThatThrownBy(() -> StatusHistoryUpdater.update(h, s, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
