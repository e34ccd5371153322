package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.NormalizedLossHyperparameters;

/**
 * A scorer's departures from the matrix factorization defaults (the reference scorers' lambda,
 * normalized-loss and global-intercept constructor arguments). NaN lambdas keep the default.
 */
public record FitTuning(
    double noteInterceptLambda,
    double raterInterceptLambda,
    double globalInterceptLambda,
    double noteFactorLambda,
    double raterFactorLambda,
    double diamondLambda,
    NormalizedLossHyperparameters normalizedLoss,
    boolean useGlobalIntercept) {

  /** The reference's defaults: nothing changed. */
  public static final FitTuning DEFAULT =
      new FitTuning(
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, true);

  /** Only the given lambdas differ (NaN keeps a default). */
  public static FitTuning lambdas(
      double noteIntercept,
      double raterIntercept,
      double globalIntercept,
      double noteFactor,
      double raterFactor,
      double diamond) {
    return new FitTuning(
        noteIntercept, raterIntercept, globalIntercept, noteFactor, raterFactor, diamond, null,
        true);
  }

  public FitTuning withNormalizedLoss(NormalizedLossHyperparameters h) {
    return new FitTuning(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, h, useGlobalIntercept);
  }

  public FitTuning withoutGlobalIntercept() {
    return new FitTuning(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, normalizedLoss, false);
  }

  /** {@code base} with this tuning applied. */
  MfOptions apply(MfOptions base) {
    MfOptions out =
        base.withLambdas(
            or(noteInterceptLambda, base.noteInterceptLambda()),
            or(raterInterceptLambda, base.raterInterceptLambda()),
            or(globalInterceptLambda, base.globalInterceptLambda()),
            or(noteFactorLambda, base.noteFactorLambda()),
            or(raterFactorLambda, base.raterFactorLambda()),
            or(diamondLambda, base.diamondLambda()));
    if (normalizedLoss != null) {
      out = out.withNormalizedLoss(normalizedLoss);
    }
    return useGlobalIntercept ? out : out.withGlobalIntercept(false);
  }

  private static double or(double value, double fallback) {
    return Double.isNaN(value) ? fallback : value;
  }
}
