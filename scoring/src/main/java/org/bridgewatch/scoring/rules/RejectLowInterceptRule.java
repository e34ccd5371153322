package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "RejectLowIntercept", firm reject: a note not already CRNH whose intercept is below the firm
 * reject threshold (0.3 for Core) becomes FIRM_REJECT, which keeps downstream models from rating
 * it helpful.
 */
public record RejectLowInterceptRule(double threshold) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.LOW_INTERCEPT;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (!state.is(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL) && notes.intercept[row] < t) {
        state.assign(row, NoteStatus.FIRM_REJECT, id());
      }
    }
  }
}
