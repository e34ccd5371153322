/**
 * The matrix factorization at the heart of Community Notes scoring, and the models built on it.
 *
 * <p>{@link org.bridgewatch.scoring.mf.MatrixFactorizer} fits rating ~ mu + i_u + i_n + f_u f_n
 * (one-dimensional factors) to the reference's exact regularized objective, on a {@link
 * org.bridgewatch.scoring.mf.MfProblem} (plain int/float columns over caller-chosen dense note and
 * rater indexes) with {@link org.bridgewatch.scoring.mf.MfOptions} (lambdas, loss ratios, frozen
 * parameters, normalized loss, identification flip, seed, threads). Around it: {@link
 * org.bridgewatch.scoring.mf.StableInitialization} (the modeling-group-13 warm start), {@link
 * org.bridgewatch.scoring.mf.PseudoRaterBounds} (intercept/factor bounds from extreme
 * pseudo-ratings), {@link org.bridgewatch.scoring.mf.TagConsensus} (the harassment/abuse tag
 * model) and {@link org.bridgewatch.scoring.mf.TrainErrorGuard}.
 *
 * <p>The reference trains with full-batch Adam in float32; here block coordinate descent with
 * exact per-note and per-rater solves reaches the same optimum, deterministically for any thread
 * count. Results are float, like the reference's tensors.
 */
package org.bridgewatch.scoring.mf;
