package org.bridgewatch.cli.scored;

import java.util.Map;

/** Plain-language meanings of the reference's scoring rule names (without their version). */
final class RuleGlossary {
  private static final Map<String, String> MEANINGS = Map.ofEntries(
      Map.entry("InitialNMR", "every note starts as Needs More Ratings"),
      Map.entry("GeneralCRH", "helpful across viewpoints: at least 5 ratings and intercept >= 0.40"),
      Map.entry("GeneralCRNH",
          "not helpful: at least 5 ratings and intercept <= -0.05 - 0.8 x |factor|"),
      Map.entry("UcbCRNH",
          "not helpful: even the upper confidence bound of the intercept is below -0.04"),
      Map.entry("RatioCRNH",
          "not helpful: raters on both sides of the factor mostly rated it not helpful"),
      Map.entry("NmCRNH",
          "not helpful: says the post is not misleading and has intercept < -0.15"),
      Map.entry("TagFilter",
          "tag outlier filter: unusually many raters near the note's viewpoint gave the same"
              + " not-helpful tag, so it cannot be CRH from this model"),
      Map.entry("CRHSuperThreshold", "elevated CRH threshold applies"),
      Map.entry("GeneralCRHInertia",
          "CRH inertia: a note that is already CRH keeps it down to intercept 0.39"),
      Map.entry("ElevatedCRHInertia", "CRH inertia at the elevated threshold"),
      Map.entry("FilterIncorrect",
          "incorrect filter: raters who usually agree with the note tagged it incorrect"),
      Map.entry("FilterLowDiligence",
          "low diligence filter: the diligence model's intercept is above 0.263"),
      Map.entry("FilterLargeFactor",
          "large factor filter: |factor| > 0.50, support comes mostly from one side"),
      Map.entry("RejectLowIntercept",
          "firm reject: intercept below 0.30 (and not CRNH), so it cannot be CRH downstream"),
      Map.entry("MinMinorityRaters",
          "needs your help: on track for CRH but too few helpful ratings from the minority side"
              + " (net < 4)"),
      Map.entry("RaterBalance", "rater balance requirement not met"),
      Map.entry("NoHighVolIntercept",
          "high-volume raters removed: intercept without them is below 0.37"),
      Map.entry("NoCorrelatedIntercept",
          "correlated raters removed: intercept without them is below 0.37"),
      Map.entry("PopulationSampledIntercept",
          "population-sampled ratings disagree with the CRH status"),
      Map.entry("MetaInitialNMR", "every note starts as Needs More Ratings"),
      Map.entry("CoreModel", "the Core model's status (authoritative when it scores the note)"),
      Map.entry("CoreWithTopicsModel", "the CoreWithTopics model's status (notes on a topic)"),
      Map.entry("ExpansionModel", "the Expansion model's status (core and expansion raters)"),
      Map.entry("ExpansionPlusModel", "the ExpansionPlus model's status"),
      Map.entry("CoverageModel", "the Coverage model's status"),
      Map.entry("MultiGroupModel01",
          "the multi-group model promoted the note (only NMR -> CRH, intercept 0.3-0.4 elsewhere)"),
      Map.entry("InsufficientExplanation",
          "fewer than two explanation tags had enough ratings, so the status is withheld"),
      Map.entry("ScoringDriftGuard",
          "status stabilization: the note's status was locked two weeks after creation"),
      Map.entry("NmrDueToMinStableCrhTime",
          "the note meets CRH but must stay CRH for 30 minutes of scoring runs before it is shown"),
      Map.entry("GaussianModel", "the Gaussian consensus model's status"),
      Map.entry("GaussianCoreWithTopicsModel", "the Gaussian CoreWithTopics model's status"));

  private RuleGlossary() {}

  /** "GeneralCRH (v1.0)" -> "GeneralCRH". */
  static String baseName(String rule) {
    int paren = rule.indexOf(" (");
    return (paren < 0 ? rule : rule.substring(0, paren)).trim();
  }

  static String meaning(String rule) {
    String base = baseName(rule);
    String meaning = MEANINGS.get(base);
    if (meaning != null) {
      return meaning;
    }
    if (base.startsWith("GroupModel")) {
      return "a group model promoted the note (only NMR -> CRH when the main intercept is 0.3-0.4)";
    }
    if (base.startsWith("TopicModel")) {
      return "a topic model capped the status (topic intercept < 0.24 or |factor| > 0.51 blocks CRH)";
    }
    return "(no description)";
  }

  /** The scored_notes column prefix of a model rule, or null when the rule is not a model. */
  static String modelPrefix(String rule) {
    String base = baseName(rule);
    if (base.startsWith("GroupModel")) {
      return "group";
    }
    if (base.startsWith("TopicModel")) {
      return "topic";
    }
    return switch (base) {
      case "CoreModel" -> "core";
      case "CoreWithTopicsModel" -> "coreWithTopics";
      case "ExpansionModel" -> "expansion";
      case "ExpansionPlusModel" -> "expansionPlus";
      case "CoverageModel" -> "coverage";
      case "MultiGroupModel01" -> "multiGroup";
      case "GaussianModel" -> "gaussian";
      case "GaussianCoreWithTopicsModel" -> "gaussianCoreWithTopics";
      default -> null;
    };
  }
}
