package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "RaterBalance": a note on track for CRH with between 4 (inclusive) and 10 (exclusive) net
 * minority helpful ratings also needs a net helpful ratio of at least 0.05; otherwise it becomes
 * NEEDS_YOUR_HELP. (From 10 net minority helpful ratings on, the ratio is not required.)
 */
public record RaterBalanceRule(double minNetRatio, int minNetHelpful, int maxNetHelpful)
    implements ScoringRule {

  public static RaterBalanceRule standard(double minNetRatio) {
    return new RaterBalanceRule(minNetRatio, 4, 10);
  }

  @Override
  public RuleId id() {
    return RuleId.RATER_BALANCE;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float ratio = (float) minNetRatio;
    for (int row = 0; row < notes.size(); row++) {
      int net = notes.signs.netMinHelpful[row];
      if (state.is(row, NoteStatus.CURRENTLY_RATED_HELPFUL)
          && net >= minNetHelpful
          && net < maxNetHelpful
          && notes.signs.netMinHelpfulRatio[row] < ratio) {
        state.assign(row, NoteStatus.NEEDS_YOUR_HELP, id());
      }
    }
  }
}
