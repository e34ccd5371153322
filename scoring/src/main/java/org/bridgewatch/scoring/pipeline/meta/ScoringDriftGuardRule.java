package org.bridgewatch.scoring.pipeline.meta;

import org.bridgewatch.scoring.model.Nulls;

/**
 * ScoringDriftGuard (status stabilization after two weeks): a note with a locked status keeps it;
 * the status it would otherwise have had is kept as unlockedRatingStatus.
 */
record ScoringDriftGuardRule(MetaRule rule) implements MetaRuleStep {
  @Override
  public void apply(MetaContext context, MetaState state) {
    byte[] locked = context.history.lockedStatus;
    for (int row = 0; row < context.size; row++) {
      if (locked[row] != Nulls.NO_CODE && locked[row] != state.label[row]) {
        state.unlockedRatingStatus[row] = state.label[row];
        state.set(row, locked[row]);
      }
    }
  }
}
