package org.bridgewatch.scoring.rules;

/**
 * One step of a rule list. A rule looks at each note's features and the status the earlier rules
 * left it with, and assigns a new status to the notes it matches. Matching a note records the
 * rule as active on that note even when the status does not change, as in the reference.
 */
public interface ScoringRule {
  RuleId id();

  /**
   * Marks every matching note through {@link RuleState#assign}. A rule's decision for a note may
   * only depend on that note's features and its status before this rule ran.
   */
  void apply(NoteFeatures notes, RuleState state);
}
