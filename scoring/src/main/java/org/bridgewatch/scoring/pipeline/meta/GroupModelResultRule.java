package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

/**
 * Group model coverage (ApplyGroupModelResult): a modeling group's CRH/NYH may lift a note that is
 * still NMR/NYH, only when core/expansion did not reject it and the most trusted available broad
 * intercept (core, else expansion) lies in (minSafeguard, crhThreshold). A NaN threshold means no
 * upper bound.
 */
record GroupModelResultRule(
    MetaRule rule,
    int group,
    double coreCrhThreshold,
    double expansionCrhThreshold,
    double minSafeguardThreshold)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    ModelColumns m = context.models;
    for (int row = 0; row < context.size; row++) {
      byte groupStatus = m.groupStatus[row];
      if (m.modelingGroup[row] != group || (groupStatus != CRH && groupStatus != NYH)) {
        continue;
      }
      byte current = state.label[row];
      if (current != NMR && current != NYH) {
        continue;
      }
      if (groupStatus == NYH && current == NYH) {
        continue;
      }
      if (context.crhBlocked(row) || !actionable(m.coreIntercept[row], m.expansionIntercept[row])) {
        continue;
      }
      state.set(row, groupStatus);
    }
  }

  private boolean actionable(double core, double expansion) {
    if (!Double.isNaN(core)) {
      return inRange(core, coreCrhThreshold);
    }
    if (!Double.isNaN(expansion)) {
      return inRange(expansion, expansionCrhThreshold);
    }
    return false;
  }

  private boolean inRange(double intercept, double max) {
    return intercept > minSafeguardThreshold && (Double.isNaN(max) || intercept < max);
  }
}
