package org.bridgewatch.scoring.mf;

/**
 * The reference's normalized-loss settings (one trial group model uses them): per-rating weights
 * that rebalance raters by factor sign and by activity. {@code noteSignAlpha} is NaN when off; an
 * exponent of 0 is off.
 */
public record NormalizedLossHyperparameters(
    boolean globalSignNorm, double noteSignAlpha, double noteNormExp, double raterNormExp) {}
