package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "MinMinorityRaters": a note on track for CRH needs at least {@code minNetHelpful} (4) net
 * helpful ratings from the factor side that likes it less; otherwise it becomes NEEDS_YOUR_HELP.
 */
public record MinMinorityRatersRule(int minNetHelpful) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.MIN_MINORITY_RATERS;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    for (int row = 0; row < notes.size(); row++) {
      if (state.is(row, NoteStatus.CURRENTLY_RATED_HELPFUL)
          && notes.signs.netMinHelpful[row] < minNetHelpful) {
        state.assign(row, NoteStatus.NEEDS_YOUR_HELP, id());
      }
    }
  }
}
