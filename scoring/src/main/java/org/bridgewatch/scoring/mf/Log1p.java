package org.bridgewatch.scoring.mf;

/**
 * {@code log(1 + e)} for {@code e} in [0, 1], the softplus term of the logistic loss.
 *
 * <p>Why not {@link Math#log1p}: it has no JIT intrinsic and runs fdlibm's pure-Java code, which
 * was two thirds of all CPU samples of a tag-consensus run. {@link Math#log} is an intrinsic;
 * with the correction {@code log(u) * e / (u - 1)}, {@code u = 1 + e} (the rounding of {@code u}
 * cancels, a classic trick from Goldberg's "What every computer scientist should know about
 * floating-point arithmetic"), the result stays within a couple of ulps of log1p. The loss is
 * summed over millions of ratings, where that difference is far below what the fits resolve.
 */
final class Log1p {
  private Log1p() {}

  static double ofUnitInterval(double e) {
    double u = 1.0 + e;
    return u == 1.0 ? e : Math.log(u) * e / (u - 1.0);
  }
}
