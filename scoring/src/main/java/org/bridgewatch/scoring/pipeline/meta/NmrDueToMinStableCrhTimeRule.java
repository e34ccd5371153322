package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

import org.bridgewatch.scoring.model.Nulls;

/**
 * Minimum stable CRH time (NmrDueToMinStableCrhTime): a note that was not CRH in the previous run
 * and now scores CRH/NYH is held at NMR for a stabilization period before it may show as CRH.
 *
 * <p>The stabilization timestamp is NaN (never stabilized), -1 (left a period) or the time the
 * current period began. Within a period the note stays NMR for at least {@code requiredMinutes};
 * after {@code maxCrhMinutes} a CRH note is released, after {@code maxNyhMinutes} a NYH note drops
 * to NMR. In between, a CRH note is released only when no topic model is unconfident about it, it
 * was never CRH before and pflip predicts it stays CRH. A note that was CRH last run and is NYH now
 * stays CRH. Every row's pre-rule label is kept as preStabilizationRatingStatus.
 */
record NmrDueToMinStableCrhTimeRule(
    MetaRule rule, int requiredMinutes, int maxCrhMinutes, int maxNyhMinutes)
    implements MetaRuleStep {

  private static final long MINUTE = 60_000L;

  @Override
  public void apply(MetaContext context, MetaState state) {
    for (int row = 0; row < context.size; row++) {
      state.preStabilizationRatingStatus[row] = state.label[row];
      applyRow(context, state, row);
    }
  }

  private void applyRow(MetaContext context, MetaState state, int row) {
    byte status = state.label[row];
    if (context.history.currentStatus[row] == CRH) {
      if (status == NYH) {
        state.set(row, CRH);
      }
      return;
    }
    long since = context.history.timestampMillisOfNmrDueToMinStableCrhTime[row];
    boolean never = since == Nulls.NO_TIME;
    boolean inPeriod = !never && since > 0;
    boolean crh = status == CRH;
    boolean nyh = status == NYH;
    if (!crh && !nyh && !inPeriod) {
      return;
    }
    byte next = Nulls.NO_CODE;
    long updated = since;
    if ((crh || nyh) && never) {
      next = NMR;
      updated = context.nowMillis;
    } else if (!never && since < 0) {
      // Left a period before: CRH may start a new one, NYH may not.
      if (crh) {
        next = NMR;
        updated = context.nowMillis;
      } else if (nyh) {
        next = NMR;
      }
    } else if (inPeriod) {
      if (crh || nyh) {
        Decision decision = withinPeriod(context, row, crh, context.nowMillis - since);
        next = decision.status;
        if (decision.leavesPeriod) {
          updated = -1;
        }
      } else {
        // Stopped trying to go CRH: the period ends.
        updated = -1;
      }
    }
    state.updatedTimestampMillisOfNmrDueToMinStableCrhTime[row] = updated;
    if (next != Nulls.NO_CODE && next != status) {
      state.set(row, next);
    }
  }

  private record Decision(byte status, boolean leavesPeriod) {}

  private Decision withinPeriod(MetaContext context, int row, boolean crh, long elapsed) {
    if (crh && elapsed > maxCrhMinutes * MINUTE) {
      return new Decision(CRH, true);
    }
    if (!crh && elapsed > maxNyhMinutes * MINUTE) {
      return new Decision(NMR, true);
    }
    if (elapsed < requiredMinutes * MINUTE) {
      return new Decision(NMR, false);
    }
    ModelColumns m = context.models;
    boolean topicUnconfident = m.noteTopic[row] != null && m.topicNoteConfident[row] == 0;
    boolean flippedBefore = context.history.firstNonNMRStatus[row] == CRH;
    boolean release = crh && !topicUnconfident && !flippedBefore && context.pflipPredictsCrh(row);
    return release ? new Decision(CRH, true) : new Decision(NMR, false);
  }
}
