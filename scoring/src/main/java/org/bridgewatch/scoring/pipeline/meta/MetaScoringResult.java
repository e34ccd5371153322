package org.bridgewatch.scoring.pipeline.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.ScoredStatuses;

/**
 * The meta scorer's output, one row per note of the merged status history ({@link #history}, sorted
 * by noteId; {@code history.note[i]} is the NoteTable row or -1 for a note no longer present).
 * Statuses are {@link NoteStatus#code()}; tags are {@link RatingTag#ordinal()}; absent values use
 * the {@link Nulls} sentinels.
 */
public final class MetaScoringResult {
  public final int size;
  /** The prior history merged with the notes; its rows are this result's rows. */
  public final StatusHistoryTable history;
  /** Every model's status on these rows, as the meta rules saw them. */
  public final ModelColumns models;

  public final byte[] finalRatingStatus;
  /** Labels of the rules that acted on the note, comma-joined in application order. */
  public final String[] metaScorerActiveRules;
  public final String[] decidedBy;
  public final byte[] firstTag;
  public final byte[] secondTag;
  /** NmrDueToMinStableCrhTime's new timestamp, or NO_TIME where the rule left the note alone. */
  public final long[] updatedTimestampMillisOfNmrDueToMinStableCrhTime;
  /** The status ScoringDriftGuard replaced with the locked status; NO_CODE elsewhere. */
  public final byte[] unlockedRatingStatus;
  /** The status just before NmrDueToMinStableCrhTime ran (NO_CODE if the rule is disabled). */
  public final byte[] preStabilizationRatingStatus;
  public final boolean[] crhBool;
  public final boolean[] crnhBool;
  public final boolean[] awaitingBool;

  MetaScoringResult(StatusHistoryTable history, ModelColumns models, MetaState state) {
    this.size = history.size;
    this.history = history;
    this.models = models;
    this.finalRatingStatus = state.label;
    this.firstTag = state.firstTag;
    this.secondTag = state.secondTag;
    this.updatedTimestampMillisOfNmrDueToMinStableCrhTime =
        state.updatedTimestampMillisOfNmrDueToMinStableCrhTime;
    this.unlockedRatingStatus = state.unlockedRatingStatus;
    this.preStabilizationRatingStatus = state.preStabilizationRatingStatus;
    this.metaScorerActiveRules = new String[size];
    this.decidedBy = new String[size];
    this.crhBool = new boolean[size];
    this.crnhBool = new boolean[size];
    this.awaitingBool = new boolean[size];
    List<MetaRule> applied = state.applied;
    // Few distinct rule combinations occur, so each joined label is built once.
    Map<Long, String> joinedByMask = new HashMap<>();
    for (int row = 0; row < size; row++) {
      long bits = state.activeRules[row];
      metaScorerActiveRules[row] = joinedByMask.computeIfAbsent(bits, b -> join(applied, b));
      decidedBy[row] = applied.get(63 - Long.numberOfLeadingZeros(bits)).label;
      byte status = finalRatingStatus[row];
      crhBool[row] = status == NoteStatus.CURRENTLY_RATED_HELPFUL.code();
      crnhBool[row] = status == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
      awaitingBool[row] = status == NoteStatus.NEEDS_MORE_RATINGS.code();
    }
  }

  private static String join(List<MetaRule> applied, long bits) {
    StringJoiner joined = new StringJoiner(",");
    for (int k = 0; k < applied.size(); k++) {
      if ((bits & (1L << k)) != 0) {
        joined.add(applied.get(k).label);
      }
    }
    return joined.toString();
  }

  /** Whether the rule that decided the row displays globally (and so may lock its status). */
  public boolean decidedByLockingRule(int row) {
    return MetaRule.lockingEnabled(decidedBy[row]);
  }

  /**
   * This run's outcome as the status history updater reads it.
   *
   * @param abovePcrhThresholdTimeByNote the run's final abovePcrhThresholdTime indexed by NoteTable
   *     row, or null when pcrh did not run; notes no longer present get NO_TIME
   */
  public ScoredStatuses scoredStatuses(long[] abovePcrhThresholdTimeByNote) {
    boolean[] locking = new boolean[size];
    long[] pcrh = new long[size];
    Arrays.fill(pcrh, Nulls.NO_TIME);
    for (int row = 0; row < size; row++) {
      locking[row] = decidedByLockingRule(row);
      int note = history.note[row];
      if (note >= 0 && abovePcrhThresholdTimeByNote != null) {
        pcrh[row] = abovePcrhThresholdTimeByNote[note];
      }
    }
    return new ScoredStatuses(
        finalRatingStatus,
        decidedBy,
        locking,
        models.coreStatus,
        models.expansionStatus,
        models.groupStatus,
        models.modelingGroup,
        models.multiGroupStatus,
        models.modelingMultiGroup,
        updatedTimestampMillisOfNmrDueToMinStableCrhTime,
        pcrh);
  }

  /** The tag as its TSV column name, or null. */
  public static String tagName(byte tag) {
    return tag < 0 ? null : RatingTag.values()[tag].column;
  }
}
