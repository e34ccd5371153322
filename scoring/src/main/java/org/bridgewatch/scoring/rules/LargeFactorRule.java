package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "FilterLargeFactor": a note on track for CRH is pulled back when |factor| exceeds 0.5, i.e.
 * Helpful notes need |f_n| <= 0.5 (support that is not mostly from one side).
 */
public record LargeFactorRule(NoteStatus status, double threshold) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.LARGE_FACTOR;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (state.is(row, NoteStatus.CURRENTLY_RATED_HELPFUL) && Math.abs(notes.factor[row]) > t) {
        state.assign(row, status, id());
      }
    }
  }
}
