package org.bridgewatch.scoring.gaussian;

import org.bridgewatch.scoring.pipeline.meta.ScorerResult;

/**
 * A Gaussian scorer's output: the {@link ScorerResult} meta scoring reads (status, intercept,
 * factor, active rules, numFinalRoundRatings and, except for the group model, the
 * population-sampled intercept) plus the safeguard intercepts written to scored_notes
 * ({@code gaussianNoteInterceptNoHighVol} / {@code ...NoCorrelated}), per note index, NaN where the
 * note was not scored or the run had no value for it.
 */
public record GaussianResult(
    ScorerResult result, double[] interceptNoHighVol, double[] interceptNoCorrelated) {}
