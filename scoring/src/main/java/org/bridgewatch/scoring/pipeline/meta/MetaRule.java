package org.bridgewatch.scoring.pipeline.meta;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every rule the meta scorer can apply, with the exact name and version written to
 * metaScorerActiveRules / decidedBy. {@link #lockingEnabled} marks rules whose decisions display
 * globally, so a note they decide may have its status locked after two weeks.
 */
public enum MetaRule {
  META_INITIAL_NMR("MetaInitialNMR", "1.0", false),
  EXPANSION_MODEL("ExpansionModel", "1.1", true),
  EXPANSION_PLUS_MODEL("ExpansionPlusModel", "1.1", false),
  CORE_MODEL("CoreModel", "1.1", true),
  CORE_WITH_TOPICS_MODEL("CoreWithTopicsModel", "1.1", true),
  COVERAGE_MODEL("CoverageModel", "1.1", false),
  GROUP_MODEL_1("GroupModel01", "1.1", true),
  GROUP_MODEL_2("GroupModel02", "1.1", true),
  GROUP_MODEL_3("GroupModel03", "1.1", true),
  GROUP_MODEL_4("GroupModel04", "1.1", true),
  GROUP_MODEL_5("GroupModel05", "1.1", true),
  GROUP_MODEL_6("GroupModel06", "1.1", true),
  GROUP_MODEL_7("GroupModel07", "1.1", true),
  GROUP_MODEL_8("GroupModel08", "1.1", true),
  GROUP_MODEL_9("GroupModel09", "1.1", true),
  GROUP_MODEL_10("GroupModel10", "1.1", true),
  GROUP_MODEL_11("GroupModel11", "1.1", true),
  GROUP_MODEL_12("GroupModel12", "1.1", true),
  GROUP_MODEL_13("GroupModel13", "1.1", true),
  GROUP_MODEL_14("GroupModel14", "1.1", true),
  GROUP_MODEL_15("GroupModel15", "1.1", true),
  GROUP_MODEL_15_NMR("GroupModel15NMR", "1.1", true),
  GROUP_MODEL_18("GroupModel18", "1.1", true),
  GROUP_MODEL_18_NMR("GroupModel18NMR", "1.1", true),
  GROUP_MODEL_33("GroupModel33", "1.1", true),
  GROUP_MODEL_33_NMR("GroupModel33NMR", "1.1", true),
  TOPIC_MODEL_1("TopicModel01", "1.0", false),
  TOPIC_MODEL_2("TopicModel02", "1.0", false),
  TOPIC_MODEL_3("TopicModel03", "1.0", false),
  TOPIC_MODEL_4("TopicModel04", "1.0", false),
  TOPIC_MODEL_5("TopicModel05", "1.0", false),
  MULTI_GROUP_MODEL_1("MultiGroupModel01", "1.0", true),
  INSUFFICIENT_EXPLANATION("InsufficientExplanation", "1.0", true),
  SCORING_DRIFT_GUARD("ScoringDriftGuard", "1.0", false),
  NMR_DUE_TO_MIN_STABLE_CRH_TIME("NmrDueToMinStableCrhTime", "1.0", false),
  GAUSSIAN_MODEL("GaussianModel", "1.0", true),
  GAUSSIAN_CORE_WITH_TOPICS_MODEL("GaussianCoreWithTopicsModel", "1.0", true),
  POPULATION_SAMPLED_INTERCEPT("PopulationSampledIntercept", "1.0", false);

  /** "Name (vX.Y)", as written in the outputs. */
  public final String label;

  public final boolean lockingEnabled;

  MetaRule(String name, String version, boolean lockingEnabled) {
    this.label = name + " (v" + version + ")";
    this.lockingEnabled = lockingEnabled;
  }

  /** The group rule "GroupModelNN" for a modeling group. */
  public static MetaRule groupModel(int group) {
    return valueOf("GROUP_MODEL_" + group);
  }

  /** The NMR-only group rule "GroupModelNNNMR" for a modeling group. */
  public static MetaRule groupModelNmr(int group) {
    return valueOf("GROUP_MODEL_" + group + "_NMR");
  }

  /** Whether a decidedBy label names a rule with locking enabled (unknown labels cannot lock). */
  public static boolean lockingEnabled(String label) {
    MetaRule rule = label == null ? null : BY_LABEL.get(label);
    return rule != null && rule.lockingEnabled;
  }

  private static final Map<String, MetaRule> BY_LABEL =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(r -> r.label, r -> r));
}
