package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * One scorer's scored notes: the features the rules read (counts, sign counts, tag and incorrect
 * aggregates, model columns) and what the rules decided, row for row.
 */
public record ScoredNotes(NoteFeatures features, RuleOutcome outcome) {

  public int size() {
    return features.size();
  }

  public int note(int row) {
    return features.note[row];
  }

  public NoteStatus status(int row) {
    return outcome.statusOf(row);
  }

  public String activeRules(int row) {
    return outcome.activeRules()[row];
  }

  /** Null when the tag outlier filter did not act on the note. */
  public String activeFilterTags(int row) {
    return outcome.activeFilterTags()[row];
  }

  public int numRatings(int row) {
    return features.stats.numRatings[row];
  }

  public boolean crh(int row) {
    return outcome.crh(row);
  }

  public boolean crnh(int row) {
    return outcome.crnh(row);
  }

  public boolean awaiting(int row) {
    return outcome.awaiting(row);
  }
}
