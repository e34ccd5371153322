package org.bridgewatch.scoring.pipeline.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.NoteStatus.CURRENTLY_RATED_HELPFUL;
import static org.bridgewatch.scoring.model.NoteStatus.CURRENTLY_RATED_NOT_HELPFUL;
import static org.bridgewatch.scoring.model.NoteStatus.FIRM_REJECT;
import static org.bridgewatch.scoring.model.NoteStatus.NEEDS_MORE_RATINGS;
import static org.bridgewatch.scoring.model.NoteStatus.NEEDS_YOUR_HELP;
import static org.bridgewatch.scoring.pipeline.meta.ScorerKind.CORE;
import static org.bridgewatch.scoring.pipeline.meta.ScorerKind.EXPANSION;
import static org.bridgewatch.scoring.pipeline.meta.ScorerKind.GAUSSIAN;
import static org.bridgewatch.scoring.pipeline.meta.ScorerKind.MULTI_GROUP;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTag;
import org.junit.jupiter.api.Test;

class MetaScorerTest {
  private static byte code(NoteStatus s) {
    return s.code();
  }

  @Test
  void coreOnlyRunDecidesByCoreModel() {
    MetaScenario s =
        new MetaScenario(4)
            .model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(CORE, 1, FIRM_REJECT, -0.1)
            .model(CORE, 3, CURRENTLY_RATED_NOT_HELPFUL, -0.2)
            .priorStatus(0, CURRENTLY_RATED_HELPFUL)
            .explained(0)
            .explained(3);

    MetaScoringResult r = s.run();

    assertThat(r.finalRatingStatus)
        .containsExactly(
            code(CURRENTLY_RATED_HELPFUL),
            code(NEEDS_MORE_RATINGS),
            code(NEEDS_MORE_RATINGS),
            code(CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(r.decidedBy)
        .containsExactly(
            "CoreModel (v1.1)", "CoreModel (v1.1)", "MetaInitialNMR (v1.0)", "CoreModel (v1.1)");
    assertThat(r.metaScorerActiveRules[0]).isEqualTo("MetaInitialNMR (v1.0),CoreModel (v1.1)");
    assertThat(MetaScoringResult.tagName(r.firstTag[0])).isEqualTo("helpfulClear");
    assertThat(MetaScoringResult.tagName(r.secondTag[0])).isEqualTo("helpfulGoodSources");
    assertThat(MetaScoringResult.tagName(r.firstTag[3])).isEqualTo("notHelpfulIncorrect");
    assertThat(r.firstTag[1]).isEqualTo(Nulls.NO_CODE);
    assertThat(r.awaitingBool).containsExactly(false, true, true, false);
    assertThat(r.crhBool).containsExactly(true, false, false, false);
    assertThat(r.crnhBool).containsExactly(false, false, false, true);
    assertThat(new MetaScorer().ruleOrder(r.models))
        .containsExactly(
            MetaRule.META_INITIAL_NMR,
            MetaRule.CORE_MODEL,
            MetaRule.POPULATION_SAMPLED_INTERCEPT,
            MetaRule.NMR_DUE_TO_MIN_STABLE_CRH_TIME,
            MetaRule.SCORING_DRIFT_GUARD,
            MetaRule.INSUFFICIENT_EXPLANATION);
  }

  @Test
  void coreOverridesExpansionWhichFillsInWhereCoreDidNotScore() {
    MetaScenario s =
        new MetaScenario(2)
            .model(EXPANSION, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(EXPANSION, 1, CURRENTLY_RATED_NOT_HELPFUL, -0.3)
            .model(CORE, 0, NEEDS_MORE_RATINGS, 0.2)
            .explained(1);

    MetaScoringResult r = s.run();

    assertThat(r.finalRatingStatus)
        .containsExactly(code(NEEDS_MORE_RATINGS), code(CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(r.metaScorerActiveRules[0])
        .isEqualTo("MetaInitialNMR (v1.0),ExpansionModel (v1.1),CoreModel (v1.1)");
    assertThat(r.decidedBy[1]).isEqualTo("ExpansionModel (v1.1)");
  }

  @Test
  void scoringDriftGuardKeepsTheLockedStatus() {
    MetaScenario s =
        new MetaScenario(1)
            .model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .priorStatus(0, CURRENTLY_RATED_HELPFUL)
            .explained(0);
    s.history.lockedStatus[0] = code(CURRENTLY_RATED_NOT_HELPFUL);

    MetaScoringResult r = s.run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(code(CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(r.unlockedRatingStatus[0]).isEqualTo(code(CURRENTLY_RATED_HELPFUL));
    assertThat(r.decidedBy[0]).isEqualTo("ScoringDriftGuard (v1.0)");
    assertThat(r.decidedByLockingRule(0)).isFalse();
  }

  @Test
  void insufficientExplanationNeedsTwoTagsUsedTwiceEach() {
    MetaScenario s =
        new MetaScenario(2)
            .model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(CORE, 1, CURRENTLY_RATED_HELPFUL, 0.5)
            .priorStatus(0, CURRENTLY_RATED_HELPFUL)
            .priorStatus(1, CURRENTLY_RATED_HELPFUL)
            .tag(0, RatingTag.HELPFUL_CLEAR, 5)
            .tag(0, RatingTag.HELPFUL_GOOD_SOURCES, 1)
            .tag(1, RatingTag.HELPFUL_CLEAR, 2)
            .tag(1, RatingTag.HELPFUL_GOOD_SOURCES, 2);

    MetaScoringResult r = s.run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(code(NEEDS_MORE_RATINGS));
    assertThat(r.decidedBy[0]).isEqualTo("InsufficientExplanation (v1.0)");
    assertThat(r.firstTag[0]).isEqualTo(Nulls.NO_CODE);
    assertThat(r.finalRatingStatus[1]).isEqualTo(code(CURRENTLY_RATED_HELPFUL));
  }

  @Test
  void explanationTagTiesGoToTheHigherPriorityTag() {
    MetaScenario s =
        new MetaScenario(2)
            .model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(CORE, 1, CURRENTLY_RATED_NOT_HELPFUL, -0.5)
            .priorStatus(0, CURRENTLY_RATED_HELPFUL)
            .tag(0, RatingTag.HELPFUL_OTHER, 3)
            .tag(0, RatingTag.HELPFUL_CLEAR, 3)
            .tag(0, RatingTag.HELPFUL_INFORMATIVE, 3)
            .tag(1, RatingTag.NOT_HELPFUL_OTHER, 5)
            .tag(1, RatingTag.NOT_HELPFUL_INCORRECT, 2)
            .tag(1, RatingTag.NOT_HELPFUL_OUTDATED, 2);

    MetaScoringResult r = s.run();

    assertThat(MetaScoringResult.tagName(r.firstTag[0])).isEqualTo("helpfulInformative");
    assertThat(MetaScoringResult.tagName(r.secondTag[0])).isEqualTo("helpfulClear");
    assertThat(MetaScoringResult.tagName(r.firstTag[1])).isEqualTo("notHelpfulOther");
    assertThat(MetaScoringResult.tagName(r.secondTag[1])).isEqualTo("notHelpfulOutdated");
  }

  @Test
  void multiGroupResultIsBlockedFromCrhByCoreRejectButItsNmrApplies() {
    MetaScenario s =
        new MetaScenario(2)
            .model(CORE, 0, CURRENTLY_RATED_NOT_HELPFUL, -0.2)
            .model(CORE, 1, CURRENTLY_RATED_NOT_HELPFUL, -0.2)
            .explained(0)
            .explained(1);
    MetaScoringResult r = s.run(withMultiGroup(s), MetaScenario.NOW);

    assertThat(r.decidedBy).containsExactly("CoreModel (v1.1)", "MultiGroupModel01 (v1.0)");
    assertThat(r.finalRatingStatus[1]).isEqualTo(code(NEEDS_MORE_RATINGS));
  }

  private static java.util.List<ScorerResult> withMultiGroup(MetaScenario s) {
    java.util.List<ScorerResult> results = new java.util.ArrayList<>(s.results());
    results.add(
        ScorerResult.builder(MULTI_GROUP, 2)
            .groupId(1)
            .note(0, CURRENTLY_RATED_HELPFUL, 0.5, 0)
            .note(1, NEEDS_MORE_RATINGS, 0.1, 0)
            .build());
    return results;
  }

  @Test
  void groupModelLiftsNmrOnlyWithinTheCoreInterceptSafeguards() {
    MetaScenario s =
        new MetaScenario(4)
            .model(EXPANSION, 0, NEEDS_MORE_RATINGS, 0.1)
            .model(CORE, 0, NEEDS_MORE_RATINGS, 0.35)
            .model(CORE, 1, NEEDS_MORE_RATINGS, 0.40)
            .model(CORE, 2, NEEDS_MORE_RATINGS, 0.30)
            .model(CORE, 3, NEEDS_MORE_RATINGS, 0.26)
            .group(5, 0, CURRENTLY_RATED_HELPFUL)
            .group(5, 1, CURRENTLY_RATED_HELPFUL)
            .group(5, 2, CURRENTLY_RATED_HELPFUL)
            .group(14, 3, CURRENTLY_RATED_HELPFUL);
    for (int i = 0; i < 4; i++) {
      s.priorStatus(i, CURRENTLY_RATED_HELPFUL).explained(i);
    }

    MetaScoringResult r = s.run();

    assertThat(r.decidedBy)
        .containsExactly(
            "GroupModel05 (v1.1)", "CoreModel (v1.1)", "CoreModel (v1.1)", "GroupModel14 (v1.1)");
    assertThat(r.models.modelingGroup).containsExactly(5, 5, 5, 14);
  }

  @Test
  void gaussianCoversNmrNotesWithCrnhAndUnblockedCrh() {
    MetaScenario s =
        new MetaScenario(3)
            .model(EXPANSION, 0, NEEDS_MORE_RATINGS, 0.1)
            .model(CORE, 0, NEEDS_MORE_RATINGS, 0.1)
            .model(CORE, 1, FIRM_REJECT, -0.1)
            .model(CORE, 2, NEEDS_MORE_RATINGS, 0.1)
            .model(GAUSSIAN, 0, CURRENTLY_RATED_NOT_HELPFUL, Double.NaN)
            .model(GAUSSIAN, 1, CURRENTLY_RATED_HELPFUL, Double.NaN)
            .model(GAUSSIAN, 2, CURRENTLY_RATED_HELPFUL, Double.NaN);
    for (int i = 0; i < 3; i++) {
      s.priorStatus(i, CURRENTLY_RATED_HELPFUL).explained(i);
    }

    MetaScoringResult r = s.run();

    assertThat(r.decidedBy)
        .containsExactly("GaussianModel (v1.0)", "CoreModel (v1.1)", "GaussianModel (v1.0)");
    assertThat(r.finalRatingStatus[2]).isEqualTo(code(CURRENTLY_RATED_HELPFUL));
  }

  @Test
  void populationSampledInterceptBlocksDivergentCrhAtItsThresholds() {
    int[] neg = {2, 4, 4, 1};
    int[] pos = {6, 4, 4, 7};
    double[] sampled = {0.29, 0.29, 0.30, 0.2};
    ScorerResult core =
        ScorerResult.builder(CORE, 4)
            .note(0, CURRENTLY_RATED_HELPFUL, 0.45, 0)
            .note(1, CURRENTLY_RATED_HELPFUL, 0.43, 0)
            .note(2, CURRENTLY_RATED_HELPFUL, 0.5, 0)
            .note(3, CURRENTLY_RATED_HELPFUL, 0.5, 0)
            .interceptPopulationSampled(sampled)
            .populationSampledRatingCounts(neg, pos)
            .build();
    MetaScenario s = new MetaScenario(4);
    for (int i = 0; i < 4; i++) {
      s.priorStatus(i, CURRENTLY_RATED_HELPFUL).explained(i);
    }

    MetaScoringResult r = s.run(java.util.List.of(core), MetaScenario.NOW);

    // 0.29 is 0.16 below core with 2+6 ratings; 0.14 below is too close; 0.30 is not below the
    // cap; a single negative-factor rating is too few.
    assertThat(r.decidedBy[0]).isEqualTo("PopulationSampledIntercept (v1.0)");
    assertThat(r.finalRatingStatus[0]).isEqualTo(code(NEEDS_MORE_RATINGS));
    assertThat(r.metaScorerActiveRules[1]).doesNotContain("PopulationSampledIntercept");
    assertThat(r.metaScorerActiveRules[2]).doesNotContain("PopulationSampledIntercept");
    assertThat(r.metaScorerActiveRules[3]).doesNotContain("PopulationSampledIntercept");
  }

  @Test
  void confidentTopicModelWithLowInterceptSendsCrhBackToNmr() {
    MetaScenario s =
        new MetaScenario(3)
            .model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(CORE, 1, CURRENTLY_RATED_HELPFUL, 0.5)
            .model(CORE, 2, CURRENTLY_RATED_HELPFUL, 0.5)
            .topic("Scams", 0, 0.23, 0.1, true)
            .topic("Scams", 1, 0.23, 0.1, false)
            .topic("InDimensionTwo", 2, 0.50, 0.9, true);
    for (int i = 0; i < 3; i++) {
      s.priorStatus(i, CURRENTLY_RATED_HELPFUL).explained(i);
    }

    MetaScoringResult r = s.run();

    assertThat(r.decidedBy)
        .containsExactly("TopicModel04 (v1.0)", "CoreModel (v1.1)", "TopicModel05 (v1.0)");
  }

  @Test
  void notesOnlyInHistoryAreScoredNmrByTheInitialRule() {
    MetaScenario s = new MetaScenario(1).model(CORE, 0, CURRENTLY_RATED_HELPFUL, 0.5);
    MetaScenario other = new MetaScenario(2);
    // History knows notes 1000 and 1001; the notes file only 1000.
    MetaScoringResult r =
        new MetaScorer()
            .score(s.results(), other.history, s.notes, null, null, MetaScenario.NOW);

    assertThat(r.history.noteId).containsExactly(1000L, 1001L);
    assertThat(r.history.note).containsExactly(0, -1);
    assertThat(r.decidedBy[1]).isEqualTo("MetaInitialNMR (v1.0)");
    assertThat(r.finalRatingStatus[1]).isEqualTo(code(NEEDS_MORE_RATINGS));
  }

  @Test
  void nyhIsNeverFinalWhileStabilizationRuns() {
    MetaScenario s = new MetaScenario(1).model(CORE, 0, NEEDS_YOUR_HELP, 0.3);
    MetaScoringResult r = s.run();
    assertThat(r.finalRatingStatus[0]).isEqualTo(code(NEEDS_MORE_RATINGS));
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(MetaScenario.NOW);
  }
}
