package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.NoteStatus;

/** Hand-built one-row feature tables and a runner for the Core rule list. */
final class RuleFixtures {
  private RuleFixtures() {}

  /** A single note with 10 ratings and healthy minority support, CRH-able unless changed. */
  static NoteFeatures.Builder note(float intercept, float factor) {
    NoteFeatures.Builder b = NoteFeatures.builder(1).intercept(new float[] {intercept});
    b.factor(new float[] {factor});
    NoteRatingStats stats = NoteRatingStats.zeros(1);
    stats.numRatings[0] = 10;
    b.stats(stats);
    RaterSignCounts signs = RaterSignCounts.zeros(1);
    signs.netMinHelpful[0] = 10;
    signs.netMinHelpfulRatio[0] = 0.5f;
    signs.minSignCount[0] = 5;
    signs.negMeanHelpfulNum[0] = 0.9f;
    signs.posMeanHelpfulNum[0] = 0.9f;
    b.signs(signs);
    return b;
  }

  /** The final-round extras every final-round feature table carries. */
  static NoteFeatures.Builder finalRound(NoteFeatures.Builder b) {
    return b.tags(TagAggregates.empty(1))
        .incorrect(IncorrectAggregates.empty(1))
        .lowDiligenceIntercept(new float[] {0f});
  }

  static NoteFeatures.Builder wasCrh(NoteFeatures.Builder b) {
    return b.currentStatus(new byte[] {NoteStatus.CURRENTLY_RATED_HELPFUL.code()});
  }

  static RuleOutcome run(NoteFeatures features, boolean finalRound) {
    return run(features, finalRound, RuleOptions.core(), TagThresholds.uniform(0.1));
  }

  static RuleOutcome run(
      NoteFeatures features, boolean finalRound, RuleOptions options, TagThresholds thresholds) {
    List<ScoringRule> rules =
        MfRuleList.build(
            options, finalRound, thresholds, MfRuleList.PresentColumns.of(features));
    return RuleEngine.apply(rules, features);
  }

  static NoteStatus finalStatus(NoteFeatures.Builder b) {
    return run(finalRound(b).build(), true).statusOf(0);
  }

  static String finalRules(NoteFeatures.Builder b) {
    return run(finalRound(b).build(), true).activeRules()[0];
  }

  static float[] one(float v) {
    float[] a = new float[1];
    Arrays.fill(a, v);
    return a;
  }
}
