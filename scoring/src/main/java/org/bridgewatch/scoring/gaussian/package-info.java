/**
 * The Gaussian scorer family (GaussianScorer, GaussianCoreWithTopicsScorer, GaussianGroupScorer):
 * note intercepts from Gaussian-kernel convolution of ratings over the core prescoring rater
 * factors, instead of a matrix factorization.
 *
 * <p>For each note, ratings are smoothed along the rater-factor axis at fixed bin centers: a
 * helpfulness curve (CRH pass, with the author's implicit HELPFUL rating) and a not-helpfulness
 * curve (CRNH pass) are each extrapolated to one number by the geometric mean over the bins; the
 * larger in magnitude is the note's intercept (negative for CRNH). Statuses then follow the
 * common scoring rules of {@link org.bridgewatch.scoring.rules} with the Gaussian thresholds.
 * {@link org.bridgewatch.scoring.gaussian.GaussianScorer#score} is the entry point.
 */
package org.bridgewatch.scoring.gaussian;
