package org.bridgewatch.scoring.pipeline.history;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Folds one run's final statuses into the status history (update_note_status_history). The input
 * history must already hold every scored note ({@link NoteInfoMerger#merge}); the output has the
 * same rows in the same order. Notes no longer in the notes file are updated like the others (the
 * meta scorer rates them NMR), so their first/most-recent non-NMR statuses are kept.
 */
public final class StatusHistoryUpdater {
  /** Status lock: a note older than two weeks keeps the status it has then (strictly older). */
  public static final long NOTE_LOCK_MILLIS = 14L * 24 * 60 * 60 * 1000;

  /** Notes created before deleted-note tombstones launched (May 19, 2022 UTC) keep old labels. */
  public static final long DELETED_NOTE_TOMBSTONES_LAUNCH_MILLIS = 1652918400000L;

  private static final byte NMR = NoteStatus.NEEDS_MORE_RATINGS.code();

  private StatusHistoryUpdater() {}

  public static StatusHistoryTable update(
      StatusHistoryTable history, ScoredStatuses scored, long nowMillis) {
    if (scored.size() != history.size) {
      throw new IllegalArgumentException(
          "scored statuses have " + scored.size() + " rows, history has " + history.size);
    }
    HistoryColumns h = new HistoryColumns(history);
    for (int row = 0; row < history.size; row++) {
      updateRow(h, scored, row, nowMillis);
    }
    return h.toTable();
  }

  private static void updateRow(HistoryColumns h, ScoredStatuses s, int row, long now) {
    byte status = s.finalRatingStatus()[row];
    if (status == Nulls.NO_CODE) {
      throw new IllegalArgumentException("note " + h.noteId[row] + " has no final status");
    }
    // Set later, when the run's outputs are combined.
    h.timestampMinuteOfFinalScoringOutput[row] = Nulls.NO_TIME;
    if (status != h.currentStatus[row]) {
      h.timestampMillisOfMostRecentStatusChange[row] = now;
    } else if (h.timestampMillisOfMostRecentStatusChange[row] == Nulls.NO_TIME) {
      // Unchanged since the field was introduced.
      h.timestampMillisOfMostRecentStatusChange[row] = -1;
    }
    recordCurrent(h, s, row, status, now);
    lockIfDue(h, s, row, status, now);
    updateStabilization(h, s, row);
    // The run's final pcrh time overrides whatever the history held, locked or not.
    h.abovePcrhThresholdTime[row] = s.abovePcrhThresholdTime()[row];
    if (h.createdAtMillis[row] < DELETED_NOTE_TOMBSTONES_LAUNCH_MILLIS) {
      return;
    }
    recordNonNmr(h, row, status, now);
  }

  private static void recordCurrent(
      HistoryColumns h, ScoredStatuses s, int row, byte status, long now) {
    h.currentStatus[row] = status;
    h.currentCoreStatus[row] = s.coreRatingStatus()[row];
    h.currentExpansionStatus[row] = s.expansionRatingStatus()[row];
    h.currentGroupStatus[row] = s.groupRatingStatus()[row];
    h.currentDecidedBy[row] = s.decidedBy()[row];
    h.currentModelingGroup[row] = s.modelingGroup()[row];
    h.timestampMillisOfCurrentStatus[row] = now;
    h.currentMultiGroupStatus[row] = s.multiGroupRatingStatus()[row];
    h.currentModelingMultiGroup[row] = s.modelingMultiGroup()[row];
  }

  /**
   * Two-week status lock: an unlocked note strictly older than {@link #NOTE_LOCK_MILLIS} whose
   * status was decided by a globally displayed rule locks to that status now.
   */
  private static void lockIfDue(
      HistoryColumns h, ScoredStatuses s, int row, byte status, long now) {
    boolean unlocked = h.lockedStatus[row] == Nulls.NO_CODE;
    boolean oldEnough = now - h.createdAtMillis[row] > NOTE_LOCK_MILLIS;
    if (unlocked && oldEnough && s.decidedByLockingRule()[row]) {
      h.lockedStatus[row] = status;
      h.timestampMillisOfStatusLock[row] = now;
    }
  }

  /**
   * Locked notes leave stabilization for good (-1); unlocked notes take the stabilization rule's
   * timestamp, and the first one they ever take is remembered.
   */
  private static void updateStabilization(HistoryColumns h, ScoredStatuses s, int row) {
    if (h.lockedStatus[row] != Nulls.NO_CODE) {
      h.timestampMillisOfNmrDueToMinStableCrhTime[row] = -1;
      return;
    }
    long updated = s.updatedTimestampMillisOfNmrDueToMinStableCrhTime()[row];
    if (updated == Nulls.NO_TIME) {
      return;
    }
    h.timestampMillisOfNmrDueToMinStableCrhTime[row] = updated;
    if (h.timestampMillisOfFirstNmrDueToMinStableCrhTime[row] == Nulls.NO_TIME) {
      h.timestampMillisOfFirstNmrDueToMinStableCrhTime[row] = updated;
    }
  }

  /**
   * First non-NMR status is set once; most recent non-NMR status follows CRH/CRNH flips (NMR never
   * counts).
   */
  private static void recordNonNmr(HistoryColumns h, int row, byte status, long now) {
    if (status == NMR) {
      return;
    }
    if (h.firstNonNMRStatus[row] == Nulls.NO_CODE) {
      h.firstNonNMRStatus[row] = status;
      h.timestampMillisOfFirstNonNMRStatus[row] = now;
      h.mostRecentNonNMRStatus[row] = status;
      h.timestampMillisOfLatestNonNMRStatus[row] = now;
    }
    if (status != h.mostRecentNonNMRStatus[row]) {
      h.mostRecentNonNMRStatus[row] = status;
      h.timestampMillisOfLatestNonNMRStatus[row] = now;
    }
  }
}
