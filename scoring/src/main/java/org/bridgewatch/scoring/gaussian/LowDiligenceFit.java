package org.bridgewatch.scoring.gaussian;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * The final-round low-diligence model (the reference's {@code fit_low_diligence_model_final}),
 * supplied by the caller: fit on a run's final-round ratings, it returns the low-diligence note
 * intercept per note index (NaN for notes it has no parameter for).
 */
@FunctionalInterface
public interface LowDiligenceFit {
  float[] noteIntercepts(RatingTable ratings, int[] finalRoundRows);
}
