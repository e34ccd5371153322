package org.bridgewatch.scoring.pipeline.history;

/**
 * One scoring run's outcome per note, on the rows of the merged status history (see {@link
 * NoteInfoMerger}). Statuses are {@code NoteStatus} codes or {@code Nulls.NO_CODE}; groups are
 * {@code Nulls.NO_INT} when absent; timestamps {@code Nulls.NO_TIME}.
 *
 * @param finalRatingStatus the meta scorer's final status; never absent
 * @param decidedBy the label of the rule that decided the final status
 * @param decidedByLockingRule whether that rule displays globally, so its status may be locked
 * @param updatedTimestampMillisOfNmrDueToMinStableCrhTime the stabilization rule's new timestamp,
 *     absent when the rule left the note alone
 * @param abovePcrhThresholdTime the run's final abovePcrhThresholdTime per note
 */
public record ScoredStatuses(
    byte[] finalRatingStatus,
    String[] decidedBy,
    boolean[] decidedByLockingRule,
    byte[] coreRatingStatus,
    byte[] expansionRatingStatus,
    byte[] groupRatingStatus,
    int[] modelingGroup,
    byte[] multiGroupRatingStatus,
    int[] modelingMultiGroup,
    long[] updatedTimestampMillisOfNmrDueToMinStableCrhTime,
    long[] abovePcrhThresholdTime) {

  public int size() {
    return finalRatingStatus.length;
  }
}
