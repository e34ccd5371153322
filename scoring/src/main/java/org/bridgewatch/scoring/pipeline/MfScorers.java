package org.bridgewatch.scoring.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.contributors.HelpfulnessThresholds;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.NormalizedLossHyperparameters;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.prep.ScorerSlice;
import org.bridgewatch.scoring.rules.RuleOptions;
import org.bridgewatch.scoring.topics.Topic;

/**
 * The reference's default matrix-factorization scorers (run_scoring._get_scorers), in its order:
 * core-with-topics, core, expansion, expansion-plus, the group models (13 down to 1, then the
 * trial group 14, the NMR group 33 and the NMR trial group 18, and group 15 whose prescoring the
 * Gaussian group scorer reuses), the topic models and the multi-group model.
 */
public final class MfScorers {
  private static final double L = MfOptions.DEFAULT_LAMBDA;
  private static final double N = Double.NaN;
  /** Number of regular group models (MFGroupScorer 1..14). */
  static final int GROUP_SCORER_COUNT = 14;

  static final int TRIAL_GROUP = 14;
  static final int NMR_GROUP = 33;
  static final int NMR_TRIAL_GROUP = 18;
  /** Prescored as an MF group model; final-scored by the Gaussian group scorer. */
  static final int GAUSSIAN_NMR_GROUP = 15;

  static final Set<Integer> MULTI_GROUP_1 = Set.of(4, 5, 7, 12, 26);

  private MfScorers() {}

  /** Every MF scorer of the default pipeline, prescoring-only ones included. */
  public static List<MfScorerSpec> defaultPipeline() {
    List<MfScorerSpec> out = new ArrayList<>();
    out.add(broad("MFCoreWithTopicsScorer", ScorerKind.CORE_WITH_TOPICS,
        ScorerSlice.CORE_WITH_TOPICS, RuleOptions.minorityOnly(), true));
    out.add(core());
    out.add(broad("MFExpansionScorer", ScorerKind.EXPANSION, ScorerSlice.EXPANSION,
        RuleOptions.expansion(), false));
    out.add(broad("MFExpansionPlusScorer", ScorerKind.EXPANSION_PLUS, ScorerSlice.EXPANSION_PLUS,
        RuleOptions.minorityOnly(), false));
    for (int g = GROUP_SCORER_COUNT; g >= 1; g--) {
      if (g != TRIAL_GROUP) {
        out.add(group(g, false, 0.8, RuleOptions.minorityOnly(), FitTuning.DEFAULT,
            HelpfulnessThresholds.DEFAULT));
      }
    }
    out.add(trialGroup());
    out.add(group(NMR_GROUP, true, 0.8, RuleOptions.minorityOnly(), FitTuning.DEFAULT,
        HelpfulnessThresholds.DEFAULT));
    out.add(group(NMR_TRIAL_GROUP, false, 0.51, crh(RuleOptions.minorityOnly(), 0.2, 0.18),
        FitTuning.lambdas(L * 5, L, 0, L, L, N), HelpfulnessThresholds.DEFAULT));
    out.add(group(GAUSSIAN_NMR_GROUP, false, 0.8, crh(RuleOptions.minorityOnly(), 0.25, 0.37),
            FitTuning.lambdas(L * 3, L, 0, L, L, N), HelpfulnessThresholds.DEFAULT)
        .withFinalScoring(false));
    for (Topic topic : Topic.values()) {
      if (topic == Topic.IN_DIMENSION_TWO) {
        // Final-scored by the Gaussian topic scorer; its MF prescoring fits no global intercept.
        out.add(topic(topic, FitTuning.lambdas(N, 5, N, N, N, N).withoutGlobalIntercept())
            .withFinalScoring(false));
      } else if (topic != Topic.UNASSIGNED) {
        out.add(topic(topic, FitTuning.DEFAULT));
      }
    }
    out.add(multiGroup(1, MULTI_GROUP_1));
    return List.copyOf(out);
  }

  /** MFCoreScorer. */
  static MfScorerSpec core() {
    return broad("MFCoreScorer", ScorerKind.CORE, ScorerSlice.CORE, RuleOptions.core(), true)
        .withPopulationSampled();
  }

  private static MfScorerSpec broad(
      String name, ScorerKind kind, ScorerSlice slice, RuleOptions rules, boolean pseudoraters) {
    return new MfScorerSpec(name, kind, slice, rules, FitTuning.DEFAULT,
        HelpfulnessThresholds.DEFAULT, true, true, pseudoraters, false,
        MfScorerSpec.POPULATION_SAMPLED_LOSS_RATIO, Nulls.NO_INT, null, true);
  }

  /** MFGroupScorer: one group's raters, no stable initialization, no pseudo-raters. */
  private static MfScorerSpec group(int id, boolean strict, double threshold, RuleOptions rules,
      FitTuning tuning, HelpfulnessThresholds helpfulness) {
    return new MfScorerSpec("MFGroupScorer_" + id, ScorerKind.GROUP,
        ScorerSlice.group(id, Set.of(id), strict, threshold), rules, tuning, helpfulness, false,
        true, false, false, MfScorerSpec.POPULATION_SAMPLED_LOSS_RATIO, id, null, true);
  }

  /** The trial model of group 14: its own lambdas, normalized loss and thresholds. */
  private static MfScorerSpec trialGroup() {
    FitTuning tuning =
        FitTuning.lambdas(L * 30, L * 5, L * 5, L / 3, L / 4, L * 25)
            .withNormalizedLoss(new NormalizedLossHyperparameters(true, Double.NaN, 0, -0.25));
    HelpfulnessThresholds helpfulness = new HelpfulnessThresholds(-0.01, 0.0, 0.66, 10, false, 2.5f);
    return group(TRIAL_GROUP, false, 0.51, RuleOptions.groupTrial(), tuning, helpfulness);
  }

  /** MFMultiGroupScorer: a group model over several modeling groups. */
  private static MfScorerSpec multiGroup(int id, Set<Integer> groups) {
    ScorerSlice slice =
        new ScorerSlice("MFMultiGroupScorer_" + id, groups, false, false, 0.8, false, Set.of(),
            ScorerSlice.DEFAULT_MIN_RATINGS_PER_RATER, ScorerSlice.DEFAULT_MIN_RATERS_PER_NOTE);
    return new MfScorerSpec(slice.name(), ScorerKind.MULTI_GROUP, slice, RuleOptions.minorityOnly(),
        FitTuning.DEFAULT, HelpfulnessThresholds.DEFAULT, false, true, false, false,
        MfScorerSpec.POPULATION_SAMPLED_LOSS_RATIO, id, null, true);
  }

  /** MFTopicScorer: every rater, the topic's notes, no reputation filter, base thresholds. */
  private static MfScorerSpec topic(Topic topic, FitTuning tuning) {
    ScorerSlice slice = ScorerSlice.topic(topic);
    return new MfScorerSpec(slice.name(), ScorerKind.TOPIC, slice, RuleOptions.base(), tuning,
        HelpfulnessThresholds.DEFAULT, false, false, false, false,
        MfScorerSpec.POPULATION_SAMPLED_LOSS_RATIO, Nulls.NO_INT, topic, true);
  }

  /** {@code r} with another CRH threshold and one threshold for both CRH safeguard baselines. */
  private static RuleOptions crh(RuleOptions r, double crhThreshold, double safeguard) {
    return new RuleOptions(r.minRatingsNeeded(), crhThreshold, r.crnhThresholdIntercept(),
        r.crnhThresholdNoteFactorMultiplier(), r.crnhThresholdNMIntercept(),
        r.crnhThresholdUCBIntercept(), r.crhSuperThreshold(), r.inertiaDelta(),
        r.lowDiligenceThreshold(), r.factorThreshold(), r.firmRejectThreshold(),
        r.minMinorityNetHelpfulRatings(), r.minMinorityNetHelpfulRatio(), safeguard, safeguard,
        r.tagFilterPercentile(), r.incorrectFilterThreshold());
  }
}
