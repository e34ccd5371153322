package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.FIRM_REJECT;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

import org.bridgewatch.scoring.model.Nulls;

/**
 * Model result propagation (ApplyModelResult): a model's status, whatever it is, replaces the
 * current one wherever the model scored the note; FIRM_REJECT is exported as NMR. Optionally
 * CRH/NYH is dropped when core/expansion rejected the note, and the rule is limited to one
 * multi-group.
 */
record ModelResultRule(MetaRule rule, byte[] source, boolean checkFirmReject, int multiGroup)
    implements MetaRuleStep {

  static ModelResultRule of(MetaRule rule, byte[] source) {
    return new ModelResultRule(rule, source, false, Nulls.NO_INT);
  }

  @Override
  public void apply(MetaContext context, MetaState state) {
    int[] modelingMultiGroup = context.models.modelingMultiGroup;
    for (int row = 0; row < context.size; row++) {
      byte status = source[row];
      if (status == Nulls.NO_CODE) {
        continue;
      }
      if (checkFirmReject && (status == CRH || status == NYH) && context.crhBlocked(row)) {
        continue;
      }
      if (multiGroup != Nulls.NO_INT && modelingMultiGroup[row] != multiGroup) {
        continue;
      }
      state.set(row, status == FIRM_REJECT ? NMR : status);
    }
  }
}
