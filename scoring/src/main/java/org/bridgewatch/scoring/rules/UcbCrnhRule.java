package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "UcbCRNH": Currently Rated Not Helpful when even the pseudo-rater upper bound of the intercept
 * is below the threshold (-0.04), given enough ratings. Never matches without pseudo-rater bounds.
 */
public record UcbCrnhRule(int minRatingsNeeded, double threshold) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.UCB_CRNH;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    if (notes.interceptMax == null) {
      return;
    }
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (notes.numRatings(row) >= minRatingsNeeded && notes.interceptMax[row] < t) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL, id());
      }
    }
  }
}
