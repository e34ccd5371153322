package org.bridgewatch.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.NoteStatus;

/**
 * The ordered rule list of an MF-based scorer, as the reference's {@code compute_scored_notes}
 * assembles it. Prescoring ({@code finalRound == false}) runs only the status rules; the final
 * round adds inertia, the filters and the safeguards.
 */
public final class MfRuleList {
  private MfRuleList() {}

  /**
   * @param tagThresholds prescoring's per-tag thresholds; required when {@code finalRound}
   * @param present which optional note columns exist; their rules are added only then
   */
  public static List<ScoringRule> build(
      RuleOptions o, boolean finalRound, TagThresholds tagThresholds, PresentColumns present) {
    int minRatings = o.minRatingsNeeded();
    List<ScoringRule> rules = new ArrayList<>();
    rules.add(new InitialNmrRule());
    rules.add(GeneralCrhRule.general(minRatings, o.crhThreshold()));
    rules.add(
        new GeneralCrnhRule(
            minRatings, o.crnhThresholdIntercept(), o.crnhThresholdNoteFactorMultiplier()));
    rules.add(new UcbCrnhRule(minRatings, o.crnhThresholdUCBIntercept()));
    rules.add(RatioCrnhRule.standard(minRatings, finalRound));
    rules.add(new NmCrnhRule(o.crnhThresholdNMIntercept()));
    if (!finalRound) {
      return rules;
    }
    if (tagThresholds == null) {
      throw new IllegalArgumentException("the final round needs prescoring's tag thresholds");
    }
    NoteStatus filtered =
        o.firmRejectThreshold().isPresent() ? NoteStatus.FIRM_REJECT : NoteStatus.NEEDS_MORE_RATINGS;
    rules.add(CrhInertiaRule.general(minRatings, o.crhThreshold(), o.inertiaDelta()));
    rules.add(new TagOutlierRule(filtered, tagThresholds));
    if (o.crhSuperThreshold().isPresent()) {
      double superThreshold = o.crhSuperThreshold().getAsDouble();
      rules.add(new GeneralCrhRule(RuleId.ELEVATED_CRH, minRatings, superThreshold));
      rules.add(
          new CrhInertiaRule(
              RuleId.ELEVATED_CRH_INERTIA, minRatings, superThreshold - o.inertiaDelta()));
    }
    rules.add(IncorrectFilterRule.standard(filtered, o.incorrectFilterThreshold()));
    if (present.lowDiligence()) {
      rules.add(new LowDiligenceRule(filtered, o.lowDiligenceThreshold()));
    }
    rules.add(new LargeFactorRule(filtered, o.factorThreshold()));
    o.firmRejectThreshold().ifPresent(t -> rules.add(new RejectLowInterceptRule(t)));
    o.minMinorityNetHelpfulRatings().ifPresent(n -> rules.add(new MinMinorityRatersRule(n)));
    o.minMinorityNetHelpfulRatio().ifPresent(r -> rules.add(RaterBalanceRule.standard(r)));
    if (present.noHighVol()) {
      rules.add(SafeguardInterceptRule.noHighVol(o.crhThresholdNoHighVol()));
    }
    if (present.noCorrelated()) {
      rules.add(SafeguardInterceptRule.noCorrelated(o.crhThresholdNoCorrelated()));
    }
    return rules;
  }

  /**
   * Which optional intercepts a scorer supplied: the low-diligence intercept (always, in the
   * reference's final round) and the no-high-volume / no-correlated safeguard intercepts (only in
   * the main final run, not in the sub-runs that compute them).
   */
  public record PresentColumns(boolean lowDiligence, boolean noHighVol, boolean noCorrelated) {
    public static PresentColumns of(NoteFeatures notes) {
      return new PresentColumns(
          notes.lowDiligenceIntercept != null,
          notes.interceptNoHighVol != null,
          notes.interceptNoCorrelated != null);
    }
  }
}
