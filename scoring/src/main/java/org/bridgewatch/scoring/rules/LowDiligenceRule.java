package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "FilterLowDiligence": a note not already CRNH is pulled back when its low-diligence intercept
 * (agreement across viewpoints that sources or accuracy are lacking) exceeds the threshold (0.263).
 */
public record LowDiligenceRule(NoteStatus status, double threshold) implements ScoringRule {
  @Override
  public RuleId id() {
    return RuleId.LOW_DILIGENCE;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (!state.is(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL)
          && notes.lowDiligenceIntercept[row] > t) {
        state.assign(row, status, id());
      }
    }
  }
}
