package org.bridgewatch.scoring.rules;

/**
 * Identity of a scoring rule: the name and version that appear, joined as {@code "Name (vX.Y)"},
 * in the active-rules columns of the reference's output. Each rule may act at most once per rule
 * list.
 */
public enum RuleId {
  INITIAL_NMR("InitialNMR", "1.0"),
  GENERAL_CRH("GeneralCRH", "1.0"),
  GENERAL_CRNH("GeneralCRNH", "1.0"),
  UCB_CRNH("UcbCRNH", "1.0"),
  RATIO_CRNH("RatioCRNH", "1.0"),
  TAG_OUTLIER("TagFilter", "1.0"),
  ELEVATED_CRH("CRHSuperThreshold", "1.0"),
  NM_CRNH("NmCRNH", "1.0"),
  GENERAL_CRH_INERTIA("GeneralCRHInertia", "1.0"),
  ELEVATED_CRH_INERTIA("ElevatedCRHInertia", "1.0"),
  INCORRECT_OUTLIER("FilterIncorrect", "1.0"),
  LOW_DILIGENCE("FilterLowDiligence", "1.0"),
  LARGE_FACTOR("FilterLargeFactor", "1.0"),
  LOW_INTERCEPT("RejectLowIntercept", "1.0"),
  MIN_MINORITY_RATERS("MinMinorityRaters", "1.0"),
  RATER_BALANCE("RaterBalance", "1.0"),
  NO_HIGH_VOL_INTERCEPT("NoHighVolIntercept", "1.0"),
  NO_CORRELATED_INTERCEPT("NoCorrelatedIntercept", "1.0"),
  POPULATION_SAMPLED_INTERCEPT("PopulationSampledIntercept", "1.0"),
  /** Meta-scoring rule reverting CRH/CRNH notes without two explanation tags. */
  INSUFFICIENT_EXPLANATION("InsufficientExplanation", "1.0");

  public final String ruleName;
  public final String version;

  RuleId(String ruleName, String version) {
    this.ruleName = ruleName;
    this.version = version;
  }

  /** The text written to active-rules columns, e.g. {@code "GeneralCRH (v1.0)"}. */
  public String displayName() {
    return ruleName + " (v" + version + ")";
  }
}
