package org.bridgewatch.scoring.rules;

import java.util.function.Function;
import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "NoHighVolIntercept" and "NoCorrelatedIntercept": a note on track for CRH becomes
 * NEEDS_YOUR_HELP when its intercept re-fit without high-volume raters (or without correlated
 * raters) falls below the threshold (0.37 for Core). A NaN safeguard intercept never matches.
 */
public record SafeguardInterceptRule(
    RuleId id, Function<NoteFeatures, float[]> column, double threshold) implements ScoringRule {

  public static SafeguardInterceptRule noHighVol(double threshold) {
    return new SafeguardInterceptRule(
        RuleId.NO_HIGH_VOL_INTERCEPT, n -> n.interceptNoHighVol, threshold);
  }

  public static SafeguardInterceptRule noCorrelated(double threshold) {
    return new SafeguardInterceptRule(
        RuleId.NO_CORRELATED_INTERCEPT, n -> n.interceptNoCorrelated, threshold);
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float[] values = column.apply(notes);
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (state.is(row, NoteStatus.CURRENTLY_RATED_HELPFUL) && values[row] < t) {
        state.assign(row, NoteStatus.NEEDS_YOUR_HELP, id);
      }
    }
  }
}
