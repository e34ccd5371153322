package org.bridgewatch.scoring.mf;

/**
 * {@code log(1 + e)} for {@code e} in [0, 1], the softplus term of the logistic loss.
 *
 * <p>Why not {@link Math#log1p}: it has no JIT intrinsic and runs fdlibm's pure-Java code, which
 * was two thirds of all CPU samples of a tag-consensus run. {@link Math#log} is an intrinsic.
 * With {@code u = 1 + e} rounded, {@code 1 + e = u (1 + d / u)} where {@code d = e - (u - 1)} is
 * exactly the rounding error (both subtractions are exact for {@code e} in [0, 1]), so {@code
 * log(1 + e) = log(u) + d / u} up to {@code (d / u)^2 / 2}, far below an ulp. The logistic loss
 * needs {@code 1 / u} for its sigmoid as well, so callers that have it pass it in.
 */
final class Log1p {
  private Log1p() {}

  static double ofUnitInterval(double e) {
    double u = 1.0 + e;
    return Math.log(u) + (e - (u - 1.0)) / u;
  }

  /** As {@link #ofUnitInterval(double)}, given {@code u = 1 + e} and {@code r = 1 / u}. */
  static double ofUnitInterval(double e, double u, double r) {
    return Math.log(u) + (e - (u - 1.0)) * r;
  }
}
