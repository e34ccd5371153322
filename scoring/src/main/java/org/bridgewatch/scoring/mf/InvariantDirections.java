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
      moved = Math.max(moved, shiftNotesAgainstGlobal(s, reg));
    }
    if (raters && global) {
      moved = Math.max(moved, shiftRatersAgainstGlobal(s, reg));
    }
    if (noteIntercepts && raters) {
      moved = Math.max(moved, shiftRaterFactors(s, reg));
    }
    if (notes && raters) {
      moved = Math.max(moved, shiftNoteFactors(s, reg));
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

  /** mu + c, i_n - c: minimize G (mu + c)^2 + A sum (i_n - c)^2. */
  private static double shiftNotesAgainstGlobal(MatrixFactorizer.State s, Regularization reg) {
    double a = reg.noteIntercept;
    double denominator = a * s.noteIntercept.length + reg.global;
    if (!(denominator > 0)) {
      return 0;
    }
    double c = (a * sum(s.noteIntercept) - reg.global * s.mu) / denominator;
    s.mu += c;
    add(s.noteIntercept, -c);
    return Math.abs(c);
  }

  /** mu + c, i_u - c: minimize G (mu + c)^2 + B sum (i_u - c)^2. */
  private static double shiftRatersAgainstGlobal(MatrixFactorizer.State s, Regularization reg) {
    double b = reg.raterIntercept;
    double denominator = b * s.raterIntercept.length + reg.global;
    if (!(denominator > 0)) {
      return 0;
    }
    double c = (b * sum(s.raterIntercept) - reg.global * s.mu) / denominator;
    s.mu += c;
    add(s.raterIntercept, -c);
    return Math.abs(c);
  }

  /** f_u + d, i_n - d f_n: minimize Rf sum (f_u + d)^2 + A sum (i_n - d f_n)^2. */
  private static double shiftRaterFactors(MatrixFactorizer.State s, Regularization reg) {
    double denominator =
        reg.raterFactor * s.raterFactor.length + reg.noteIntercept * sumOfSquares(s.noteFactor);
    if (!(denominator > 0)) {
      return 0;
    }
    double d = (reg.noteIntercept * dot(s.noteIntercept, s.noteFactor)
        - reg.raterFactor * sum(s.raterFactor)) / denominator;
    add(s.raterFactor, d);
    double moved = Math.abs(d);
    for (int n = 0; n < s.noteIntercept.length; n++) {
      double change = d * s.noteFactor[n];
      s.noteIntercept[n] -= change;
      moved = Math.max(moved, Math.abs(change));
    }
    return moved;
  }

  /** f_n + d, i_u - d f_u: minimize Nf sum (f_n + d)^2 + B sum (i_u - d f_u)^2. */
  private static double shiftNoteFactors(MatrixFactorizer.State s, Regularization reg) {
    double denominator =
        reg.noteFactor * s.noteFactor.length + reg.raterIntercept * sumOfSquares(s.raterFactor);
    if (!(denominator > 0)) {
      return 0;
    }
    double d = (reg.raterIntercept * dot(s.raterIntercept, s.raterFactor)
        - reg.noteFactor * sum(s.noteFactor)) / denominator;
    add(s.noteFactor, d);
    double moved = Math.abs(d);
    for (int u = 0; u < s.raterIntercept.length; u++) {
      double change = d * s.raterFactor[u];
      s.raterIntercept[u] -= change;
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
