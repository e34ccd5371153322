package org.bridgewatch.scoring.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.topics.Topic;
import org.junit.jupiter.api.Test;

class MfScorersTest {
  private final List<MfScorerSpec> specs = MfScorers.defaultPipeline();

  private MfScorerSpec named(String name) {
    return specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void listsTheReferenceScorersInItsOrder() {
    assertThat(specs.stream().map(MfScorerSpec::name))
        .containsExactly(
            "MFCoreWithTopicsScorer", "MFCoreScorer", "MFExpansionScorer", "MFExpansionPlusScorer",
            "MFGroupScorer_13", "MFGroupScorer_12", "MFGroupScorer_11", "MFGroupScorer_10",
            "MFGroupScorer_9", "MFGroupScorer_8", "MFGroupScorer_7", "MFGroupScorer_6",
            "MFGroupScorer_5", "MFGroupScorer_4", "MFGroupScorer_3", "MFGroupScorer_2",
            "MFGroupScorer_1", "MFGroupScorer_14", "MFGroupScorer_33", "MFGroupScorer_18",
            "MFGroupScorer_15", "MFTopicScorer_UkraineConflict", "MFTopicScorer_GazaConflict",
            "MFTopicScorer_MessiRonaldo", "MFTopicScorer_Scams", "MFTopicScorer_InDimensionTwo",
            "MFMultiGroupScorer_1");
  }

  @Test
  void gaussianReplacedModelsArePrescoredOnly() {
    assertThat(specs.stream().filter(s -> !s.finalScoring()).map(MfScorerSpec::name))
        .containsExactly("MFGroupScorer_15", "MFTopicScorer_InDimensionTwo");
  }

  @Test
  void onlyCoreFitsThePopulationSampledBaselineAndOnlyCoreModelsUsePseudoraters() {
    assertThat(specs.stream().filter(MfScorerSpec::populationSampled).map(MfScorerSpec::name))
        .containsExactly("MFCoreScorer");
    assertThat(specs.stream().filter(MfScorerSpec::pseudoraters).map(MfScorerSpec::name))
        .containsExactly("MFCoreWithTopicsScorer", "MFCoreScorer");
  }

  @Test
  void topicModelsSkipReputationAndStableInitialization() {
    MfScorerSpec scams = named("MFTopicScorer_Scams");
    assertThat(scams.kind()).isEqualTo(ScorerKind.TOPIC);
    assertThat(scams.topic()).isEqualTo(Topic.SCAMS);
    assertThat(scams.useReputation()).isFalse();
    assertThat(scams.stableInitialization()).isFalse();
    assertThat(scams.rules().minMinorityNetHelpfulRatings()).isEmpty();
    assertThat(specs.stream().filter(s -> !s.useReputation()).allMatch(s -> s.topic() != null))
        .isTrue();
  }

  @Test
  void groupModelsCarryTheirGroupAndThresholds() {
    MfScorerSpec g13 = named("MFGroupScorer_13");
    assertThat(g13.groupId()).isEqualTo(13);
    assertThat(g13.groups()).containsExactly(13);
    assertThat(g13.slice().captureThreshold()).isEqualTo(0.8);
    assertThat(g13.stableInitialization()).isFalse();
    assertThat(named("MFGroupScorer_33").slice().strictInclusion()).isTrue();
    assertThat(named("MFGroupScorer_18").slice().captureThreshold()).isEqualTo(0.51);
    assertThat(named("MFGroupScorer_18").rules().crhThreshold()).isEqualTo(0.2);
    assertThat(named("MFGroupScorer_18").rules().crhThresholdNoHighVol()).isEqualTo(0.18);
    MfScorerSpec multi = named("MFMultiGroupScorer_1");
    assertThat(multi.kind()).isEqualTo(ScorerKind.MULTI_GROUP);
    assertThat(multi.groups()).containsExactlyInAnyOrder(4, 5, 7, 12, 26);
    assertThat(named("MFCoreScorer").groupId()).isEqualTo(Nulls.NO_INT);
  }

  @Test
  void trialGroupHasItsOwnFitAndHelpfulnessSettings() {
    MfScorerSpec trial = named("MFGroupScorer_14");
    MfOptions o = trial.mfOptions(new ScoringOptions(42, 0, true, 1, null));
    assertThat(o.noteInterceptLambda()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(o.raterFactorLambda()).isCloseTo(0.0075, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(o.diamondLambda()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(o.normalizedLoss()).isNotNull();
    assertThat(o.normalizedLoss().raterNormExp()).isEqualTo(-0.25);
    assertThat(trial.helpfulness().minMeanNoteScore()).isEqualTo(-0.01);
    assertThat(trial.helpfulness().multiplyPenaltyByHarassmentScore()).isFalse();
    assertThat(trial.rules().crhThreshold()).isEqualTo(0.15);
  }

  @Test
  void inDimensionTwoPrescoringFitsNoGlobalIntercept() {
    MfOptions o =
        named("MFTopicScorer_InDimensionTwo").mfOptions(new ScoringOptions(1, 0, true, 1, null));
    assertThat(o.useGlobalIntercept()).isFalse();
    assertThat(o.raterInterceptLambda()).isEqualTo(5.0);
    assertThat(o.noteInterceptLambda()).isEqualTo(MfOptions.defaults().noteInterceptLambda());
    MfOptions core = named("MFCoreScorer").mfOptions(new ScoringOptions(1, 0, true, 1, null));
    assertThat(core.useGlobalIntercept()).isTrue();
    assertThat(core.withSeed(0).withThreads(1)).isEqualTo(MfOptions.defaults());
  }

  @Test
  void scorersFlagAcceptsFamilyAndSingleNames() {
    ScoringOptions groups = new ScoringOptions(1, 0, true, 1, null, Set.of("MFGroupScorer"));
    ScoringOptions one = new ScoringOptions(1, 0, true, 1, null, Set.of("MFGroupScorer_13"));
    ScoringOptions all = new ScoringOptions(1, 0, true, 1, null);
    assertThat(groups.enables("MFGroupScorer", "MFGroupScorer_4")).isTrue();
    assertThat(groups.enables("MFCoreScorer", "MFCoreScorer")).isFalse();
    assertThat(one.enables("MFGroupScorer", "MFGroupScorer_13")).isTrue();
    assertThat(one.enables("MFGroupScorer", "MFGroupScorer_4")).isFalse();
    assertThat(all.enables("MFTopicScorer", "MFTopicScorer_Scams")).isTrue();
  }
}
