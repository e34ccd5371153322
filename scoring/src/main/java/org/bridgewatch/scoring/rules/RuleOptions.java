package org.bridgewatch.scoring.rules;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Thresholds of an MF-based scorer's rules (the reference's {@code MFBaseScorer} constructor
 * arguments that reach {@code compute_scored_notes}). Values are kept as the reference writes
 * them (Python floats); rules narrow them to float32 when the compared column is float32.
 *
 * @param minRatingsNeeded ratings a note needs before any status other than NMR
 * @param crhThreshold intercept for Currently Rated Helpful
 * @param crnhThresholdIntercept CRNH line: intercept <= this + multiplier * |factor|
 * @param crnhThresholdNoteFactorMultiplier negative slope of the CRNH line
 * @param crnhThresholdNMIntercept CRNH threshold for notes saying the post is not misleading
 * @param crnhThresholdUCBIntercept CRNH when the pseudo-rater upper bound is below this
 * @param crhSuperThreshold elevated CRH threshold ("CRHSuperThreshold"); empty for every scorer of
 *     the current reference, so the tag outlier filter simply blocks CRH
 * @param inertiaDelta how far below a threshold a CRH note may drop and stay CRH
 * @param lowDiligenceThreshold low-diligence intercept above which CRH is blocked
 * @param factorThreshold |factor| above which CRH is blocked
 * @param firmRejectThreshold intercept below which notes are FIRM_REJECT; also makes the filters
 *     assign FIRM_REJECT instead of NMR
 * @param minMinorityNetHelpfulRatings minimum net helpful ratings from the minority factor side
 * @param minMinorityNetHelpfulRatio rater balance: minimum net helpful ratio
 * @param crhThresholdNoHighVol CRH needs the intercept without high-volume raters to reach this
 * @param crhThresholdNoCorrelated CRH needs the intercept without correlated raters to reach this
 * @param tagFilterPercentile percentile of the per-tag thresholds computed in prescoring
 * @param incorrectFilterThreshold minimum tf-idf "incorrect" score for the incorrect filter
 */
public record RuleOptions(
    int minRatingsNeeded,
    double crhThreshold,
    double crnhThresholdIntercept,
    double crnhThresholdNoteFactorMultiplier,
    double crnhThresholdNMIntercept,
    double crnhThresholdUCBIntercept,
    OptionalDouble crhSuperThreshold,
    double inertiaDelta,
    double lowDiligenceThreshold,
    double factorThreshold,
    OptionalDouble firmRejectThreshold,
    OptionalInt minMinorityNetHelpfulRatings,
    OptionalDouble minMinorityNetHelpfulRatio,
    double crhThresholdNoHighVol,
    double crhThresholdNoCorrelated,
    int tagFilterPercentile,
    double incorrectFilterThreshold) {

  /** MFBaseScorer's own defaults (used as-is by the topic scorers). */
  public static RuleOptions base() {
    return new RuleOptions(
        5,
        0.40,
        -0.05,
        -0.8,
        -0.15,
        -0.04,
        OptionalDouble.empty(),
        0.01,
        0.263,
        0.5,
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        0.37,
        0.37,
        95,
        2.5);
  }

  /** MFCoreScorer: firm reject at 0.3, at least 4 net minority helpful ratings, balance 0.05. */
  public static RuleOptions core() {
    return base()
        .withFirmReject(OptionalDouble.of(0.3))
        .withMinority(OptionalInt.of(4), OptionalDouble.of(0.05));
  }

  /** MFExpansionScorer: same rule thresholds as Core. */
  public static RuleOptions expansion() {
    return core();
  }

  /** MFCoreWithTopicsScorer, MFExpansionPlusScorer and the default MFGroupScorer: no firm reject. */
  public static RuleOptions minorityOnly() {
    return base().withMinority(OptionalInt.of(4), OptionalDouble.of(0.05));
  }

  /** The trial MFGroupScorer (group 14) of the reference's run_scoring. */
  public static RuleOptions groupTrial() {
    return new RuleOptions(
        5,
        0.15,
        -0.01,
        0,
        -0.02,
        -0.04,
        OptionalDouble.empty(),
        0.01,
        1000,
        0.4,
        OptionalDouble.empty(),
        OptionalInt.of(4),
        OptionalDouble.of(0.05),
        0.12,
        0.12,
        90,
        1.5);
  }

  public RuleOptions withFirmReject(OptionalDouble threshold) {
    return new RuleOptions(
        minRatingsNeeded,
        crhThreshold,
        crnhThresholdIntercept,
        crnhThresholdNoteFactorMultiplier,
        crnhThresholdNMIntercept,
        crnhThresholdUCBIntercept,
        crhSuperThreshold,
        inertiaDelta,
        lowDiligenceThreshold,
        factorThreshold,
        threshold,
        minMinorityNetHelpfulRatings,
        minMinorityNetHelpfulRatio,
        crhThresholdNoHighVol,
        crhThresholdNoCorrelated,
        tagFilterPercentile,
        incorrectFilterThreshold);
  }

  public RuleOptions withMinority(OptionalInt minRatings, OptionalDouble minRatio) {
    return new RuleOptions(
        minRatingsNeeded,
        crhThreshold,
        crnhThresholdIntercept,
        crnhThresholdNoteFactorMultiplier,
        crnhThresholdNMIntercept,
        crnhThresholdUCBIntercept,
        crhSuperThreshold,
        inertiaDelta,
        lowDiligenceThreshold,
        factorThreshold,
        firmRejectThreshold,
        minRatings,
        minRatio,
        crhThresholdNoHighVol,
        crhThresholdNoCorrelated,
        tagFilterPercentile,
        incorrectFilterThreshold);
  }

  public RuleOptions withCrhSuperThreshold(OptionalDouble threshold) {
    return new RuleOptions(
        minRatingsNeeded,
        crhThreshold,
        crnhThresholdIntercept,
        crnhThresholdNoteFactorMultiplier,
        crnhThresholdNMIntercept,
        crnhThresholdUCBIntercept,
        threshold,
        inertiaDelta,
        lowDiligenceThreshold,
        factorThreshold,
        firmRejectThreshold,
        minMinorityNetHelpfulRatings,
        minMinorityNetHelpfulRatio,
        crhThresholdNoHighVol,
        crhThresholdNoCorrelated,
        tagFilterPercentile,
        incorrectFilterThreshold);
  }
}
