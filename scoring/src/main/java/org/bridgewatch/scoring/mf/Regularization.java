package org.bridgewatch.scoring.mf;

/**
 * The L2 coefficients of the objective multiplied by the number of ratings N, so that the block
 * solves work on sums: a note's intercept costs {@code N * lambda / Dn} per unit square, where Dn
 * is the number of notes (the reference's mean over the embedding table) or N /
 * ratingPerNoteLossRatio (its "simulated number of notes"); raters likewise; the global intercept
 * costs {@code N * lambda_mu}.
 */
final class Regularization {
  final double noteIntercept;
  final double noteFactor;
  final double diamond;
  final double raterIntercept;
  final double raterFactor;
  final double global;
  private final int size;

  private Regularization(double ni, double nf, double d, double ri, double rf, double g, int size) {
    this.noteIntercept = ni;
    this.noteFactor = nf;
    this.diamond = d;
    this.raterIntercept = ri;
    this.raterFactor = rf;
    this.global = g;
    this.size = size;
  }

  static Regularization of(MfProblem p, MfOptions o) {
    double n = p.size;
    double notes =
        Double.isNaN(o.ratingPerNoteLossRatio()) ? p.nNotes : n / o.ratingPerNoteLossRatio();
    double raters =
        Double.isNaN(o.ratingPerUserLossRatio()) ? p.nRaters : n / o.ratingPerUserLossRatio();
    return new Regularization(
        n * o.noteInterceptLambda() / notes,
        n * o.noteFactorLambda() / notes,
        n * o.diamondLambda() / notes,
        n * o.raterInterceptLambda() / raters,
        n * o.raterFactorLambda() / raters,
        n * o.globalInterceptLambda(),
        p.size);
  }

  /** The regularization part of the reference's loss (divided back by N). */
  double penalty(MatrixFactorizer.State s, boolean useGlobalIntercept) {
    double v = 0;
    for (int i = 0; i < s.noteIntercept.length; i++) {
      double a = s.noteIntercept[i];
      double b = s.noteFactor[i];
      v += noteIntercept * a * a + noteFactor * b * b + diamond * Math.abs(a * b);
    }
    for (int i = 0; i < s.raterIntercept.length; i++) {
      double a = s.raterIntercept[i];
      double b = s.raterFactor[i];
      v += raterIntercept * a * a + raterFactor * b * b;
    }
    v += global * s.mu * s.mu;
    return v / size;
  }
}
