package org.bridgewatch.scoring.rules;

import java.util.List;

/** Applies a rule list in order (the reference's {@code apply_scoring_rules}). */
public final class RuleEngine {
  private RuleEngine() {}

  public static RuleOutcome apply(List<ScoringRule> rules, NoteFeatures notes) {
    RuleState state = new RuleState(notes.size());
    for (ScoringRule rule : rules) {
      state.begin(rule.id());
      rule.apply(notes, state);
    }
    return state.finish();
  }
}
