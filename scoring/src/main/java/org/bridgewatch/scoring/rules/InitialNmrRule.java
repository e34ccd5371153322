package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/** "InitialNMR": every note starts as Needs More Ratings. */
public record InitialNmrRule() implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.INITIAL_NMR;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    for (int row = 0; row < notes.size(); row++) {
      state.assign(row, NoteStatus.NEEDS_MORE_RATINGS, id());
    }
  }
}
