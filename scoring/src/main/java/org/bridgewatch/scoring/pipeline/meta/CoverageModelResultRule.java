package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRNH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

import org.bridgewatch.scoring.model.Nulls;

/**
 * Coverage model (ApplyCoverageModelResult, used by the Gaussian models): the model's CRH/NYH (and,
 * with CRNH coverage, its CRNH) fills in notes that are still NMR/NYH, never overriding a
 * decided status. CRH/NYH is dropped when core/expansion rejected the note.
 */
record CoverageModelResultRule(
    MetaRule rule, byte[] source, boolean checkFirmReject, boolean crnhCoverage)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    for (int row = 0; row < context.size; row++) {
      byte status = source[row];
      if (status == Nulls.NO_CODE || !candidate(context, row, status)) {
        continue;
      }
      byte current = state.label[row];
      if ((current == NMR || current == NYH) && !(status == NYH && current == NYH)) {
        state.set(row, status);
      }
    }
  }

  private boolean candidate(MetaContext context, int row, byte status) {
    if (status == CRH || status == NYH) {
      return !(checkFirmReject && context.crhBlocked(row));
    }
    return crnhCoverage && status == CRNH;
  }
}
