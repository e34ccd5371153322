package org.bridgewatch.scoring.pipeline.meta;

import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.NoteInfoMerger;

/**
 * Reconciles the scorers' results into each note's final status (meta_score). Rules run in the
 * reference's order and only for models that ran, so a run with the core model alone works, and
 * further models join by adding their {@link ScorerResult}s. Unlike the reference, a rule whose
 * upstream model did not run is not an error: it simply has less to act on.
 *
 * <p>Stateless and thread-safe; the output depends only on the inputs.
 */
public final class MetaScorer {
  /** The modeling groups with their own group-model rules (MFGroupScorer ids 1..14). */
  static final int GROUP_SCORER_COUNT = 14;
  /** Group scored by a trial model: no upper intercept bound, lower safeguard 0.25. */
  static final int TRIAL_SCORING_GROUP = 14;
  static final int NMR_SCORING_GROUP = 33;
  static final int NMR_TRIAL_SCORING_GROUP = 18;
  static final int NMR_GAUSS_GROUP_SCORING_GROUP = 15;
  /** Core and expansion CRH threshold when a result does not state its own. */
  static final double DEFAULT_CRH_THRESHOLD = 0.40;
  /** Topic models in the reference's order; the last uses wider thresholds. */
  static final String[] TOPICS = {
    "UkraineConflict", "GazaConflict", "MessiRonaldo", "Scams", "InDimensionTwo"
  };

  static final int MIN_RATINGS_TO_GET_TAG = 2;

  private final boolean enableNmrDueToMinStableCrhTime;

  public MetaScorer() {
    this(true);
  }

  public MetaScorer(boolean enableNmrDueToMinStableCrhTime) {
    this.enableNmrDueToMinStableCrhTime = enableNmrDueToMinStableCrhTime;
  }

  /**
   * Scores every note of the prior history merged with {@code notes}.
   *
   * @param results one result per scorer that ran (several for group/topic kinds), indexed by
   *     NoteTable row
   * @param priorHistory noteStatusHistory before this run (merged or not; merging is idempotent)
   * @param tagCounts rating-tag totals per note, for explanation tags; null means no tags
   * @param pflipPredictsCrh per NoteTable row, whether pflip predicts the note stays CRH; null
   *     means no predictions (treated as predicted flips, as in the reference)
   * @param nowMillis the run's time (--epoch-millis)
   */
  public MetaScoringResult score(
      List<ScorerResult> results,
      StatusHistoryTable priorHistory,
      NoteTable notes,
      NoteTagCounts tagCounts,
      boolean[] pflipPredictsCrh,
      long nowMillis) {
    for (ScorerResult result : results) {
      if (result.size != notes.size) {
        throw new IllegalArgumentException(
            result.kind + " result has " + result.size + " rows, notes have " + notes.size);
      }
    }
    StatusHistoryTable history = NoteInfoMerger.merge(priorHistory, notes);
    ModelColumns models = ModelColumns.coalesce(results, history.note);
    MetaContext context =
        new MetaContext(models, history, tagCounts, pflipPredictsCrh, nowMillis);
    MetaState state = new MetaState(history.size);
    for (MetaRuleStep step : rules(models)) {
      state.begin(step.rule());
      step.apply(context, state);
    }
    return new MetaScoringResult(history, models, state);
  }

  /** The rules meta scoring applies, in order, given which models ran. */
  public List<MetaRule> ruleOrder(ModelColumns models) {
    return rules(models).stream().map(MetaRuleStep::rule).toList();
  }

  private List<MetaRuleStep> rules(ModelColumns m) {
    List<MetaRuleStep> rules = new ArrayList<>();
    rules.add(new InitialStatusRule(MetaRule.META_INITIAL_NMR, MetaContext.NMR));
    // Later model rules override earlier ones, so core, the most trusted, goes last.
    if (m.ran(ScorerKind.EXPANSION_PLUS)) {
      rules.add(ModelResultRule.of(MetaRule.EXPANSION_PLUS_MODEL, m.expansionPlusStatus));
    }
    if (m.ran(ScorerKind.EXPANSION)) {
      rules.add(ModelResultRule.of(MetaRule.EXPANSION_MODEL, m.expansionStatus));
    }
    if (m.ran(ScorerKind.CORE_WITH_TOPICS)) {
      rules.add(ModelResultRule.of(MetaRule.CORE_WITH_TOPICS_MODEL, m.coreWithTopicsStatus));
    }
    if (m.ran(ScorerKind.CORE)) {
      rules.add(ModelResultRule.of(MetaRule.CORE_MODEL, m.coreStatus));
    }
    if (m.ran(ScorerKind.MULTI_GROUP)) {
      rules.add(new ModelResultRule(MetaRule.MULTI_GROUP_MODEL_1, m.multiGroupStatus, true, 1));
    }
    if (m.ran(ScorerKind.GROUP)) {
      addGroupRules(rules, m);
    }
    if (m.ran(ScorerKind.GAUSSIAN_GROUP)) {
      rules.add(
          new NmrGroupModelResultRule(
              MetaRule.groupModelNmr(NMR_GAUSS_GROUP_SCORING_GROUP),
              NMR_GAUSS_GROUP_SCORING_GROUP));
    }
    if (m.ran(ScorerKind.GAUSSIAN)) {
      rules.add(
          new CoverageModelResultRule(MetaRule.GAUSSIAN_MODEL, m.gaussianStatus, true, true));
    }
    if (m.ran(ScorerKind.GAUSSIAN_CORE_WITH_TOPICS)) {
      rules.add(
          new CoverageModelResultRule(
              MetaRule.GAUSSIAN_CORE_WITH_TOPICS_MODEL, m.gaussianCoreWithTopicsStatus, true, true));
    }
    if (m.ran(ScorerKind.TOPIC)) {
      for (int t = 0; t < TOPICS.length; t++) {
        boolean wide = t == TOPICS.length - 1;
        rules.add(
            new TopicModelResultRule(
                MetaRule.valueOf("TOPIC_MODEL_" + (t + 1)),
                TOPICS[t],
                wide ? 0.51 : 0.24,
                wide ? 1.0 : 0.51));
      }
    }
    rules.add(
        new PopulationSampledInterceptRule(MetaRule.POPULATION_SAMPLED_INTERCEPT, 8, 0.30, 0.15, 2));
    if (enableNmrDueToMinStableCrhTime) {
      rules.add(
          new NmrDueToMinStableCrhTimeRule(MetaRule.NMR_DUE_TO_MIN_STABLE_CRH_TIME, 30, 60, 360));
    }
    rules.add(new ScoringDriftGuardRule(MetaRule.SCORING_DRIFT_GUARD));
    rules.add(
        new InsufficientExplanationRule(MetaRule.INSUFFICIENT_EXPLANATION, MIN_RATINGS_TO_GET_TAG));
    return rules;
  }

  private static void addGroupRules(List<MetaRuleStep> rules, ModelColumns m) {
    double core = orDefault(m.coreCrhThreshold);
    double expansion = orDefault(m.expansionCrhThreshold);
    for (int group = 1; group <= GROUP_SCORER_COUNT; group++) {
      MetaRule rule = MetaRule.groupModel(group);
      rules.add(
          group == TRIAL_SCORING_GROUP
              ? new GroupModelResultRule(rule, group, Double.NaN, Double.NaN, 0.25)
              : new GroupModelResultRule(rule, group, core, expansion, 0.3));
    }
    rules.add(
        new GroupModelResultRule(
            MetaRule.groupModel(NMR_SCORING_GROUP), NMR_SCORING_GROUP, Double.NaN, Double.NaN, 0.25));
    rules.add(
        new NmrGroupModelResultRule(MetaRule.groupModelNmr(NMR_SCORING_GROUP), NMR_SCORING_GROUP));
    rules.add(
        new NmrGroupModelResultRule(
            MetaRule.groupModelNmr(NMR_TRIAL_SCORING_GROUP), NMR_TRIAL_SCORING_GROUP));
  }

  private static double orDefault(double threshold) {
    return Double.isNaN(threshold) ? DEFAULT_CRH_THRESHOLD : threshold;
  }
}
