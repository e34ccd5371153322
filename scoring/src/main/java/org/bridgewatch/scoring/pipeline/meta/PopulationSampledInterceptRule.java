package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;

/**
 * Population-sampled divergence guard (PopulationSampledIntercept): a CRH note whose core intercept
 * over population-sampled raters alone is low and well below its core intercept goes back to NMR,
 * given enough population-sampled ratings on both factor signs. Skipped when the core model did not
 * provide those columns.
 */
record PopulationSampledInterceptRule(
    MetaRule rule,
    int minPopulationSampledRatings,
    double maxNoteInterceptThreshold,
    double divergenceThreshold,
    int minPerSignPopulationSampledRatings)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    ModelColumns m = context.models;
    if (m.coreInterceptPopulationSampled == null
        || m.coreNegFactorPopulationSampledRatingCount == null) {
      return;
    }
    for (int row = 0; row < context.size; row++) {
      double core = m.coreIntercept[row];
      double sampled = m.coreInterceptPopulationSampled[row];
      if (state.label[row] != CRH || Double.isNaN(core) || Double.isNaN(sampled)) {
        continue;
      }
      int neg = m.coreNegFactorPopulationSampledRatingCount[row];
      int pos = m.corePosFactorPopulationSampledRatingCount[row];
      if (neg + pos < minPopulationSampledRatings
          || neg < minPerSignPopulationSampledRatings
          || pos < minPerSignPopulationSampledRatings) {
        continue;
      }
      if (sampled < maxNoteInterceptThreshold && core - sampled >= divergenceThreshold) {
        state.set(row, NMR);
      }
    }
  }
}
