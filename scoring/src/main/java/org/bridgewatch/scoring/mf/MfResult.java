package org.bridgewatch.scoring.mf;

/**
 * A fit's outcome. {@code trainLoss} is the unweighted, unregularized mean loss over the ratings
 * (the reference's "train error", the number checked against maxFirstMFTrainError /
 * maxFinalMFTrainError); {@code objective} is the regularized loss that was minimized.
 */
public record MfResult(
    MfParams params, double trainLoss, double objective, int iterations, boolean converged) {}
