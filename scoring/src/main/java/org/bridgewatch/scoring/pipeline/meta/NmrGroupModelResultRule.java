package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRNH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

/**
 * Group model veto (ApplyNMRGroupModelResult): an NMR or CRNH from the given modeling group sends
 * a note that is currently CRH/NYH back to NMR. It only ever reduces coverage.
 */
record NmrGroupModelResultRule(MetaRule rule, int group) implements MetaRuleStep {
  @Override
  public void apply(MetaContext context, MetaState state) {
    ModelColumns m = context.models;
    for (int row = 0; row < context.size; row++) {
      byte groupStatus = m.groupStatus[row];
      byte current = state.label[row];
      if (m.modelingGroup[row] == group
          && (groupStatus == NMR || groupStatus == CRNH)
          && (current == CRH || current == NYH)) {
        state.set(row, NMR);
      }
    }
  }
}
