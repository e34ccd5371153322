package org.bridgewatch.scoring.pipeline.history;

import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Mutable columns of a status history under construction; becomes a {@link StatusHistoryTable}. */
final class HistoryColumns {
  final long[] noteId;
  final int[] note;
  final int[] author;
  final long[] createdAtMillis;
  final long[] timestampMillisOfFirstNonNMRStatus;
  final byte[] firstNonNMRStatus;
  final long[] timestampMillisOfCurrentStatus;
  final byte[] currentStatus;
  final long[] timestampMillisOfLatestNonNMRStatus;
  final byte[] mostRecentNonNMRStatus;
  final long[] timestampMillisOfStatusLock;
  final byte[] lockedStatus;
  final long[] timestampMillisOfRetroLock;
  final byte[] currentCoreStatus;
  final byte[] currentExpansionStatus;
  final byte[] currentGroupStatus;
  final String[] currentDecidedBy;
  final int[] currentModelingGroup;
  final long[] timestampMillisOfMostRecentStatusChange;
  final long[] timestampMillisOfNmrDueToMinStableCrhTime;
  final byte[] currentMultiGroupStatus;
  final int[] currentModelingMultiGroup;
  final long[] timestampMinuteOfFinalScoringOutput;
  final long[] timestampMillisOfFirstNmrDueToMinStableCrhTime;
  final long[] abovePcrhThresholdTime;

  /** Empty columns for {@code size} rows. */
  HistoryColumns(int size) {
    noteId = new long[size];
    note = new int[size];
    author = new int[size];
    createdAtMillis = new long[size];
    timestampMillisOfFirstNonNMRStatus = new long[size];
    firstNonNMRStatus = new byte[size];
    timestampMillisOfCurrentStatus = new long[size];
    currentStatus = new byte[size];
    timestampMillisOfLatestNonNMRStatus = new long[size];
    mostRecentNonNMRStatus = new byte[size];
    timestampMillisOfStatusLock = new long[size];
    lockedStatus = new byte[size];
    timestampMillisOfRetroLock = new long[size];
    currentCoreStatus = new byte[size];
    currentExpansionStatus = new byte[size];
    currentGroupStatus = new byte[size];
    currentDecidedBy = new String[size];
    currentModelingGroup = new int[size];
    timestampMillisOfMostRecentStatusChange = new long[size];
    timestampMillisOfNmrDueToMinStableCrhTime = new long[size];
    currentMultiGroupStatus = new byte[size];
    currentModelingMultiGroup = new int[size];
    timestampMinuteOfFinalScoringOutput = new long[size];
    timestampMillisOfFirstNmrDueToMinStableCrhTime = new long[size];
    abovePcrhThresholdTime = new long[size];
  }

  /** A copy of every column of {@code table}. */
  HistoryColumns(StatusHistoryTable t) {
    noteId = t.noteId.clone();
    note = t.note.clone();
    author = t.author.clone();
    createdAtMillis = t.createdAtMillis.clone();
    timestampMillisOfFirstNonNMRStatus = t.timestampMillisOfFirstNonNMRStatus.clone();
    firstNonNMRStatus = t.firstNonNMRStatus.clone();
    timestampMillisOfCurrentStatus = t.timestampMillisOfCurrentStatus.clone();
    currentStatus = t.currentStatus.clone();
    timestampMillisOfLatestNonNMRStatus = t.timestampMillisOfLatestNonNMRStatus.clone();
    mostRecentNonNMRStatus = t.mostRecentNonNMRStatus.clone();
    timestampMillisOfStatusLock = t.timestampMillisOfStatusLock.clone();
    lockedStatus = t.lockedStatus.clone();
    timestampMillisOfRetroLock = t.timestampMillisOfRetroLock.clone();
    currentCoreStatus = t.currentCoreStatus.clone();
    currentExpansionStatus = t.currentExpansionStatus.clone();
    currentGroupStatus = t.currentGroupStatus.clone();
    currentDecidedBy = t.currentDecidedBy.clone();
    currentModelingGroup = t.currentModelingGroup.clone();
    timestampMillisOfMostRecentStatusChange = t.timestampMillisOfMostRecentStatusChange.clone();
    timestampMillisOfNmrDueToMinStableCrhTime = t.timestampMillisOfNmrDueToMinStableCrhTime.clone();
    currentMultiGroupStatus = t.currentMultiGroupStatus.clone();
    currentModelingMultiGroup = t.currentModelingMultiGroup.clone();
    timestampMinuteOfFinalScoringOutput = t.timestampMinuteOfFinalScoringOutput.clone();
    timestampMillisOfFirstNmrDueToMinStableCrhTime =
        t.timestampMillisOfFirstNmrDueToMinStableCrhTime.clone();
    abovePcrhThresholdTime = t.abovePcrhThresholdTime.clone();
  }

  void copyRow(StatusHistoryTable t, int from, int to) {
    noteId[to] = t.noteId[from];
    note[to] = t.note[from];
    author[to] = t.author[from];
    createdAtMillis[to] = t.createdAtMillis[from];
    timestampMillisOfFirstNonNMRStatus[to] = t.timestampMillisOfFirstNonNMRStatus[from];
    firstNonNMRStatus[to] = t.firstNonNMRStatus[from];
    timestampMillisOfCurrentStatus[to] = t.timestampMillisOfCurrentStatus[from];
    currentStatus[to] = t.currentStatus[from];
    timestampMillisOfLatestNonNMRStatus[to] = t.timestampMillisOfLatestNonNMRStatus[from];
    mostRecentNonNMRStatus[to] = t.mostRecentNonNMRStatus[from];
    timestampMillisOfStatusLock[to] = t.timestampMillisOfStatusLock[from];
    lockedStatus[to] = t.lockedStatus[from];
    timestampMillisOfRetroLock[to] = t.timestampMillisOfRetroLock[from];
    currentCoreStatus[to] = t.currentCoreStatus[from];
    currentExpansionStatus[to] = t.currentExpansionStatus[from];
    currentGroupStatus[to] = t.currentGroupStatus[from];
    currentDecidedBy[to] = t.currentDecidedBy[from];
    currentModelingGroup[to] = t.currentModelingGroup[from];
    timestampMillisOfMostRecentStatusChange[to] = t.timestampMillisOfMostRecentStatusChange[from];
    timestampMillisOfNmrDueToMinStableCrhTime[to] =
        t.timestampMillisOfNmrDueToMinStableCrhTime[from];
    currentMultiGroupStatus[to] = t.currentMultiGroupStatus[from];
    currentModelingMultiGroup[to] = t.currentModelingMultiGroup[from];
    timestampMinuteOfFinalScoringOutput[to] = t.timestampMinuteOfFinalScoringOutput[from];
    timestampMillisOfFirstNmrDueToMinStableCrhTime[to] =
        t.timestampMillisOfFirstNmrDueToMinStableCrhTime[from];
    abovePcrhThresholdTime[to] = t.abovePcrhThresholdTime[from];
  }

  /** A row for a note the history has not seen: only id, author and creation time are known. */
  void newRow(int row, long id, int authorIndex, long createdAt) {
    noteId[row] = id;
    author[row] = authorIndex;
    createdAtMillis[row] = createdAt;
    long none = Nulls.NO_TIME;
    byte noCode = Nulls.NO_CODE;
    timestampMillisOfFirstNonNMRStatus[row] = none;
    firstNonNMRStatus[row] = noCode;
    timestampMillisOfCurrentStatus[row] = none;
    currentStatus[row] = noCode;
    timestampMillisOfLatestNonNMRStatus[row] = none;
    mostRecentNonNMRStatus[row] = noCode;
    timestampMillisOfStatusLock[row] = none;
    lockedStatus[row] = noCode;
    timestampMillisOfRetroLock[row] = none;
    currentCoreStatus[row] = noCode;
    currentExpansionStatus[row] = noCode;
    currentGroupStatus[row] = noCode;
    currentDecidedBy[row] = null;
    currentModelingGroup[row] = Nulls.NO_INT;
    timestampMillisOfMostRecentStatusChange[row] = none;
    timestampMillisOfNmrDueToMinStableCrhTime[row] = none;
    currentMultiGroupStatus[row] = noCode;
    currentModelingMultiGroup[row] = Nulls.NO_INT;
    timestampMinuteOfFinalScoringOutput[row] = none;
    timestampMillisOfFirstNmrDueToMinStableCrhTime[row] = none;
    abovePcrhThresholdTime[row] = none;
  }

  StatusHistoryTable toTable() {
    return new StatusHistoryTable(
        noteId,
        note,
        author,
        createdAtMillis,
        timestampMillisOfFirstNonNMRStatus,
        firstNonNMRStatus,
        timestampMillisOfCurrentStatus,
        currentStatus,
        timestampMillisOfLatestNonNMRStatus,
        mostRecentNonNMRStatus,
        timestampMillisOfStatusLock,
        lockedStatus,
        timestampMillisOfRetroLock,
        currentCoreStatus,
        currentExpansionStatus,
        currentGroupStatus,
        currentDecidedBy,
        currentModelingGroup,
        timestampMillisOfMostRecentStatusChange,
        timestampMillisOfNmrDueToMinStableCrhTime,
        currentMultiGroupStatus,
        currentModelingMultiGroup,
        timestampMinuteOfFinalScoringOutput,
        timestampMillisOfFirstNmrDueToMinStableCrhTime,
        abovePcrhThresholdTime);
  }
}
