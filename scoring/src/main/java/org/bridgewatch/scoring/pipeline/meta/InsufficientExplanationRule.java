package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRNH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;

/**
 * InsufficientExplanation: CRH notes get their top two helpful tags, CRNH notes their top two
 * not-helpful tags; a CRH/CRNH note without two tags is not explained well enough and becomes NMR.
 */
record InsufficientExplanationRule(MetaRule rule, int minRatingsToGetTag)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    for (int row = 0; row < context.size; row++) {
      byte status = state.label[row];
      if (status != CRH && status != CRNH) {
        continue;
      }
      boolean explained =
          ExplanationTags.topTwo(
              context,
              row,
              status == CRH
                  ? ExplanationTags.HELPFUL_BY_PRIORITY
                  : ExplanationTags.NOT_HELPFUL_BY_PRIORITY,
              minRatingsToGetTag,
              state.firstTag,
              state.secondTag);
      if (!explained) {
        state.set(row, NMR);
      }
    }
  }
}
