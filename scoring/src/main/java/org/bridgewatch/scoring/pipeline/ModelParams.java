package org.bridgewatch.scoring.pipeline;

/**
 * One fit's parameters spread over the run's indexes: per note index and per participant index,
 * NaN where the note or rater was not in the fit.
 */
public record ModelParams(
    float[] noteIntercept,
    float[] noteFactor,
    float[] raterIntercept,
    float[] raterFactor,
    float globalIntercept) {}
