package org.bridgewatch.scoring.pipeline;

import java.util.Set;
import org.bridgewatch.scoring.contributors.HelpfulnessThresholds;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.prep.ScorerSlice;
import org.bridgewatch.scoring.rules.RuleOptions;
import org.bridgewatch.scoring.topics.Topic;

/**
 * One matrix-factorization scorer: which ratings it sees, how it fits, and which status rules
 * apply. The core, expansion, topic and group models differ only in these values; {@link
 * MfScorers} lists the reference's default set.
 *
 * @param name the reference scorer name ("MFCoreScorer", "MFGroupScorer_13", ...); prescoring
 *     outputs are keyed by it
 * @param kind the model's identity in meta-scoring and its output column prefix
 * @param slice the ratings it sees
 * @param rules its status-rule thresholds
 * @param tuning its departures from the default fit
 * @param helpfulness its rater-helpfulness bars and harassment penalty
 * @param stableInitialization fit a modeling-group subset first, then all ratings from there
 * @param useReputation filter raters by helpfulness before the final round (off for topic models)
 * @param pseudoraters honour the run's pseudo-rater flag (core and core-with-topics only)
 * @param populationSampled fit the population-sampled baseline (only core's reaches an output)
 * @param populationSampledLossRatio ratings-per-note loss ratio of the population-sampled run
 * @param groupId modeling group (group models) or multi-group id; {@link Nulls#NO_INT} otherwise
 * @param topic the topic of a topic model, else null
 * @param finalScoring whether final scoring runs this MF model; false for prescorings that only a
 *     Gaussian scorer reuses (group 15, InDimensionTwo)
 */
public record MfScorerSpec(
    String name,
    ScorerKind kind,
    ScorerSlice slice,
    RuleOptions rules,
    FitTuning tuning,
    HelpfulnessThresholds helpfulness,
    boolean stableInitialization,
    boolean useReputation,
    boolean pseudoraters,
    boolean populationSampled,
    double populationSampledLossRatio,
    int groupId,
    Topic topic,
    boolean finalScoring) {

  /** Ratings-per-note loss ratio of the population-sampled run (MFBaseScorer default). */
  static final double POPULATION_SAMPLED_LOSS_RATIO = 10.0;

  /** The core model (MFCoreScorer). */
  public static MfScorerSpec core() {
    return MfScorers.core();
  }

  /** Base fit options of this scorer for a run. */
  MfOptions mfOptions(ScoringOptions run) {
    return tuning.apply(MfOptions.defaults().withSeed(run.seed()).withThreads(run.threads()));
  }

  /** Whether the model reads group membership of its raters' enrollment (group models). */
  public boolean isGroupModel() {
    return groupId != Nulls.NO_INT;
  }

  /** The included modeling groups of a group model. */
  public Set<Integer> groups() {
    return slice.includedGroups();
  }

  MfScorerSpec withFinalScoring(boolean run) {
    return new MfScorerSpec(
        name, kind, slice, rules, tuning, helpfulness, stableInitialization, useReputation,
        pseudoraters, populationSampled, populationSampledLossRatio, groupId, topic, run);
  }

  MfScorerSpec withPopulationSampled() {
    return new MfScorerSpec(
        name, kind, slice, rules, tuning, helpfulness, stableInitialization, useReputation,
        pseudoraters, true, populationSampledLossRatio, groupId, topic, finalScoring);
  }
}
