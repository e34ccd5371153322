package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.prep.ScorerSlice;
import org.bridgewatch.scoring.rules.RuleOptions;

/**
 * One matrix-factorization scorer: which ratings it sees, how it fits, and which status rules
 * apply. The core, expansion, topic and group models differ only in these values.
 *
 * @param kind the model's identity in meta-scoring and its output column prefix
 * @param slice the ratings it sees
 * @param rules its status-rule thresholds
 * @param stableInitialization fit a modeling-group subset first, then all ratings from there
 * @param useReputation filter raters by helpfulness before the final round (off for topic models)
 * @param populationSampledLossRatio ratings-per-note loss ratio of the population-sampled run
 */
public record MfScorerSpec(
    ScorerKind kind,
    ScorerSlice slice,
    RuleOptions rules,
    boolean stableInitialization,
    boolean useReputation,
    double populationSampledLossRatio) {

  /** The core model (MFCoreScorer). */
  public static MfScorerSpec core() {
    return new MfScorerSpec(
        ScorerKind.CORE, ScorerSlice.CORE, RuleOptions.core(), true, true, 10.0);
  }

  /** Base fit options of this scorer for a run. */
  MfOptions mfOptions(ScoringOptions run) {
    return MfOptions.defaults().withSeed(run.seed()).withThreads(run.threads());
  }
}
