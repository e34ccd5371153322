package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "NmCRNH": a note that says the post is not misleading becomes Currently Rated Not Helpful when
 * its intercept is below -0.15. Like the reference, this rule has no minimum rating count.
 */
public record NmCrnhRule(double threshold) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.NM_CRNH;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (notes.intercept[row] < t && notes.saysNotMisleading(row)) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL, id());
      }
    }
  }
}
