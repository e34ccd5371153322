package org.bridgewatch.scoring.rules;

/**
 * A model's per-note outputs, each indexed by note index (NoteTable row) with NaN for notes the
 * model has no value for. A note belongs to the model's note parameters exactly when its {@code
 * factor} is not NaN. Optional columns are null when the model did not produce them.
 *
 * @param intercept note intercept (float32)
 * @param factor note factor (float32)
 * @param interceptMin pseudo-rater lower bound, or null
 * @param interceptMax pseudo-rater upper bound, or null (then "UcbCRNH" never matches)
 * @param interceptNoHighVol intercept without high-volume raters, or null (rule left out)
 * @param interceptNoCorrelated intercept without correlated raters, or null (rule left out)
 * @param interceptPopulationSampled intercept from population-sampled ratings, or null; carried
 *     through for meta scoring's PopulationSampledIntercept rule
 * @param lowDiligenceIntercept low-diligence intercept, or null (rule left out)
 */
public record ModelNoteParams(
    float[] intercept,
    float[] factor,
    float[] interceptMin,
    float[] interceptMax,
    float[] interceptNoHighVol,
    float[] interceptNoCorrelated,
    float[] interceptPopulationSampled,
    float[] lowDiligenceIntercept) {

  /** Just intercepts and factors (prescoring without pseudo-raters). */
  public static ModelNoteParams of(float[] intercept, float[] factor) {
    return new ModelNoteParams(intercept, factor, null, null, null, null, null, null);
  }
}
