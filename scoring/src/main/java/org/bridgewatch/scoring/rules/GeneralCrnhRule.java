package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "GeneralCRNH": Currently Rated Not Helpful when the intercept is at or below {@code intercept +
 * multiplier * |factor|} (the "diamond": -0.05 - 0.8|f| for Core), given enough ratings. The line
 * is evaluated in float32 like the reference's numpy expression.
 */
public record GeneralCrnhRule(
    int minRatingsNeeded, double interceptThreshold, double factorMultiplier)
    implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.GENERAL_CRNH;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float base = (float) interceptThreshold;
    float slope = (float) factorMultiplier;
    for (int row = 0; row < notes.size(); row++) {
      float line = base + slope * Math.abs(notes.factor[row]);
      if (notes.numRatings(row) >= minRatingsNeeded && notes.intercept[row] <= line) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL, id());
      }
    }
  }
}
