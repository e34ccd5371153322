package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRNH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;

import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.rules.ExplanationTags;

/**
 * InsufficientExplanation: CRH notes get their top two helpful tags, CRNH notes their top two
 * not-helpful tags; a CRH/CRNH note without two tags is not explained well enough and becomes NMR.
 */
record InsufficientExplanationRule(MetaRule rule, int minRatingsToGetTag)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    RatingTag[] top = new RatingTag[2];
    for (int row = 0; row < context.size; row++) {
      byte status = state.label[row];
      if (status != CRH && status != CRNH) {
        continue;
      }
      int r = row;
      boolean explained =
          ExplanationTags.topTwo(
              tag -> context.tagCount(tag, r),
              status == CRH ? ExplanationTags.HELPFUL_TIEBREAK : ExplanationTags.NOT_HELPFUL_TIEBREAK,
              minRatingsToGetTag,
              top);
      if (explained) {
        state.firstTag[row] = (byte) top[0].ordinal();
        state.secondTag[row] = (byte) top[1].ordinal();
      } else {
        state.set(row, NMR);
      }
    }
  }
}
