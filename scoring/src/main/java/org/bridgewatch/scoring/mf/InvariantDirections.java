package org.bridgewatch.scoring.mf;

/**
 * Exact moves along the directions that leave every prediction {@code mu + i_u + i_n + f_u f_n}
 * unchanged, so only the regularization decides where the fit sits on them:
 *
 * <ul>
 *   <li>shift intercepts between notes and raters ({@code i_n + c}, {@code i_u - c}), between the
 *       global intercept and notes, and between it and raters;
 *   <li>shift all rater factors by {@code d} and absorb it in the note intercepts
 *       ({@code i_n - d f_n}), and the same with notes and raters swapped;
 *   <li>scale note factors by {@code s} and rater factors by {@code 1/s}.
 * </ul>
 *
 * <p>Why: block coordinate descent moves along these directions only through the weak pull of
 * the penalty, one small step per sweep. On large problems that tail was most of a fit's sweeps
 * (a 10M-rating prescoring fit did not converge in thousands). Each move here minimizes the
 * penalty in closed form along one direction with the data term fixed, so the objective never
 * increases and the fit still ends at the same stationary point, in far fewer sweeps.
 *
 * <p>Moves touching a frozen block are skipped, and so are the ones that change note intercepts
 * when the diamond term ({@code |f_n i_n|}, not quadratic) is on. Sums run sequentially in index
 * order: results do not depend on threads.
 */
final class InvariantDirections {
  private InvariantDirections() {}

  /** Applies every allowed move once; returns the largest parameter change it made. */
  static double apply(MfOptions o, MatrixFactorizer.State s, Regularization reg) {
    boolean notes = !o.freezeNotes();
    boolean raters = !o.freezeRaters();
    boolean global = o.useGlobalIntercept() && !o.freezeGlobal();
    boolean noteIntercepts = notes && reg.diamond == 0;
    double moved = 0;
    if (noteIntercepts && raters) {
      moved = Math.max(moved, shiftNotesAgainstRaters(s, reg));
    }
    if (noteIntercepts && global) {
      moved = Math.max(moved,
          shiftAgainstGlobal(s, s.noteIntercept, reg.noteIntercept, reg.global));
    }
    if (raters && global) {
      moved = Math.max(moved,
          shiftAgainstGlobal(s, s.raterIntercept, reg.raterIntercept, reg.global));
    }
    if (noteIntercepts && raters) {
      moved = Math.max(moved, shiftFactors(
          s.raterFactor, reg.raterFactor, s.noteIntercept, s.noteFactor, reg.noteIntercept));
    }
    if (notes && raters) {
      moved = Math.max(moved, shiftFactors(
          s.noteFactor, reg.noteFactor, s.raterIntercept, s.raterFactor, reg.raterIntercept));
      moved = Math.max(moved, rescaleFactors(s, reg));
    }
    return moved;
  }

  /** i_n + c, i_u - c: minimize A sum (i_n + c)^2 + B sum (i_u - c)^2. */
  private static double shiftNotesAgainstRaters(MatrixFactorizer.State s, Regularization reg) {
    double a = reg.noteIntercept;
    double b = reg.raterIntercept;
    double denominator = a * s.noteIntercept.length + b * s.raterIntercept.length;
    if (!(denominator > 0)) {
      return 0;
    }
    double c = (b * sum(s.raterIntercept) - a * sum(s.noteIntercept)) / denominator;
    add(s.noteIntercept, c);
    add(s.raterIntercept, -c);
    return Math.abs(c);
  }

  /**
   * mu + c, i - c over one side's intercepts (notes or raters) with penalty coefficient {@code a}:
   * minimize G (mu + c)^2 + a sum (i - c)^2.
   */
  private static double shiftAgainstGlobal(
      MatrixFactorizer.State s, double[] intercepts, double a, double global) {
    double denominator = a * intercepts.length + global;
    if (!(denominator > 0)) {
      return 0;
    }
    double c = (a * sum(intercepts) - global * s.mu) / denominator;
    s.mu += c;
    add(intercepts, -c);
    return Math.abs(c);
  }

  /**
   * Shift one side's factors by d and absorb it in the other side's intercepts (f + d on this
   * side, i' - d f' on the other): minimize fc sum (f + d)^2 + ic sum (i' - d f')^2, where fc is
   * this side's factor coefficient and ic the other side's intercept coefficient.
   */
  private static double shiftFactors(double[] factors, double fc, double[] otherIntercepts,
      double[] otherFactors, double ic) {
    double denominator = fc * factors.length + ic * sumOfSquares(otherFactors);
    if (!(denominator > 0)) {
      return 0;
    }
    double d = (ic * dot(otherIntercepts, otherFactors) - fc * sum(factors)) / denominator;
    add(factors, d);
    double moved = Math.abs(d);
    for (int i = 0; i < otherIntercepts.length; i++) {
      double change = d * otherFactors[i];
      otherIntercepts[i] -= change;
      moved = Math.max(moved, Math.abs(change));
    }
    return moved;
  }

  /** f_n * k, f_u / k: minimize Nf k^2 sum f_n^2 + Rf sum f_u^2 / k^2. */
  private static double rescaleFactors(MatrixFactorizer.State s, Regularization reg) {
    double notes = reg.noteFactor * sumOfSquares(s.noteFactor);
    double raters = reg.raterFactor * sumOfSquares(s.raterFactor);
    if (!(notes > 0 && raters > 0)) {
      return 0;
    }
    double k = Math.sqrt(Math.sqrt(raters / notes));
    double moved = 0;
    for (int n = 0; n < s.noteFactor.length; n++) {
      double before = s.noteFactor[n];
      s.noteFactor[n] = before * k;
      moved = Math.max(moved, Math.abs(s.noteFactor[n] - before));
    }
    for (int u = 0; u < s.raterFactor.length; u++) {
      double before = s.raterFactor[u];
      s.raterFactor[u] = before / k;
      moved = Math.max(moved, Math.abs(s.raterFactor[u] - before));
    }
    return moved;
  }

  private static double sum(double[] values) {
    double t = 0;
    for (double v : values) {
      t += v;
    }
    return t;
  }

  private static double sumOfSquares(double[] values) {
    double t = 0;
    for (double v : values) {
      t += v * v;
    }
    return t;
  }

  private static double dot(double[] x, double[] y) {
    double t = 0;
    for (int i = 0; i < x.length; i++) {
      t += x[i] * y[i];
    }
    return t;
  }

  private static void add(double[] values, double c) {
    for (int i = 0; i < values.length; i++) {
      values[i] += c;
    }
  }
}
