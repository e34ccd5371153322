package org.bridgewatch.scoring.model;

/**
 * noteStatusHistory, one row per note ever scored. Timestamps use {@link Nulls#NO_TIME}; statuses
 * are {@link NoteStatus#code()} or {@link Nulls#NO_CODE}; groups use {@link Nulls#NO_INT}.
 *
 * <p>{@code note[i]} is the row's index in the {@link NoteTable} or -1 for a note that is no longer
 * in the notes file (deleted notes keep their history).
 */
public final class StatusHistoryTable {
  /** The public column order of noteStatusHistory TSVs. */
  public static final String[] COLUMNS = {
    "noteId",
    "noteAuthorParticipantId",
    "createdAtMillis",
    "timestampMillisOfFirstNonNMRStatus",
    "firstNonNMRStatus",
    "timestampMillisOfCurrentStatus",
    "currentStatus",
    "timestampMillisOfLatestNonNMRStatus",
    "mostRecentNonNMRStatus",
    "timestampMillisOfStatusLock",
    "lockedStatus",
    "timestampMillisOfRetroLock",
    "currentCoreStatus",
    "currentExpansionStatus",
    "currentGroupStatus",
    "currentDecidedBy",
    "currentModelingGroup",
    "timestampMillisOfMostRecentStatusChange",
    "timestampMillisOfNmrDueToMinStableCrhTime",
    "currentMultiGroupStatus",
    "currentModelingMultiGroup",
    "timestampMinuteOfFinalScoringOutput",
    "timestampMillisOfFirstNmrDueToMinStableCrhTime",
    "abovePcrhThresholdTime"
  };

  public final int size;
  public final long[] noteId;
  public final int[] note;
  public final int[] author;
  public final long[] createdAtMillis;
  public final long[] timestampMillisOfFirstNonNMRStatus;
  public final byte[] firstNonNMRStatus;
  public final long[] timestampMillisOfCurrentStatus;
  public final byte[] currentStatus;
  public final long[] timestampMillisOfLatestNonNMRStatus;
  public final byte[] mostRecentNonNMRStatus;
  public final long[] timestampMillisOfStatusLock;
  public final byte[] lockedStatus;
  public final long[] timestampMillisOfRetroLock;
  public final byte[] currentCoreStatus;
  public final byte[] currentExpansionStatus;
  public final byte[] currentGroupStatus;
  /** Rule name with version, e.g. "CoreModel (v1.1)"; few distinct values, interned. */
  public final String[] currentDecidedBy;
  public final int[] currentModelingGroup;
  public final long[] timestampMillisOfMostRecentStatusChange;
  public final long[] timestampMillisOfNmrDueToMinStableCrhTime;
  public final byte[] currentMultiGroupStatus;
  public final int[] currentModelingMultiGroup;
  public final long[] timestampMinuteOfFinalScoringOutput;
  public final long[] timestampMillisOfFirstNmrDueToMinStableCrhTime;
  public final long[] abovePcrhThresholdTime;

  public StatusHistoryTable(
      long[] noteId,
      int[] note,
      int[] author,
      long[] createdAtMillis,
      long[] timestampMillisOfFirstNonNMRStatus,
      byte[] firstNonNMRStatus,
      long[] timestampMillisOfCurrentStatus,
      byte[] currentStatus,
      long[] timestampMillisOfLatestNonNMRStatus,
      byte[] mostRecentNonNMRStatus,
      long[] timestampMillisOfStatusLock,
      byte[] lockedStatus,
      long[] timestampMillisOfRetroLock,
      byte[] currentCoreStatus,
      byte[] currentExpansionStatus,
      byte[] currentGroupStatus,
      String[] currentDecidedBy,
      int[] currentModelingGroup,
      long[] timestampMillisOfMostRecentStatusChange,
      long[] timestampMillisOfNmrDueToMinStableCrhTime,
      byte[] currentMultiGroupStatus,
      int[] currentModelingMultiGroup,
      long[] timestampMinuteOfFinalScoringOutput,
      long[] timestampMillisOfFirstNmrDueToMinStableCrhTime,
      long[] abovePcrhThresholdTime) {
    this.size = noteId.length;
    this.noteId = noteId;
    this.note = note;
    this.author = author;
    this.createdAtMillis = createdAtMillis;
    this.timestampMillisOfFirstNonNMRStatus = timestampMillisOfFirstNonNMRStatus;
    this.firstNonNMRStatus = firstNonNMRStatus;
    this.timestampMillisOfCurrentStatus = timestampMillisOfCurrentStatus;
    this.currentStatus = currentStatus;
    this.timestampMillisOfLatestNonNMRStatus = timestampMillisOfLatestNonNMRStatus;
    this.mostRecentNonNMRStatus = mostRecentNonNMRStatus;
    this.timestampMillisOfStatusLock = timestampMillisOfStatusLock;
    this.lockedStatus = lockedStatus;
    this.timestampMillisOfRetroLock = timestampMillisOfRetroLock;
    this.currentCoreStatus = currentCoreStatus;
    this.currentExpansionStatus = currentExpansionStatus;
    this.currentGroupStatus = currentGroupStatus;
    this.currentDecidedBy = currentDecidedBy;
    this.currentModelingGroup = currentModelingGroup;
    this.timestampMillisOfMostRecentStatusChange = timestampMillisOfMostRecentStatusChange;
    this.timestampMillisOfNmrDueToMinStableCrhTime = timestampMillisOfNmrDueToMinStableCrhTime;
    this.currentMultiGroupStatus = currentMultiGroupStatus;
    this.currentModelingMultiGroup = currentModelingMultiGroup;
    this.timestampMinuteOfFinalScoringOutput = timestampMinuteOfFinalScoringOutput;
    this.timestampMillisOfFirstNmrDueToMinStableCrhTime =
        timestampMillisOfFirstNmrDueToMinStableCrhTime;
    this.abovePcrhThresholdTime = abovePcrhThresholdTime;
  }
}
