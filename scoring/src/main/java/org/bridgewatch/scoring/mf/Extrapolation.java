package org.bridgewatch.scoring.mf;

/**
 * Over-relaxation for slowly converging block-coordinate fits. In its tail the sweep is a linear
 * contraction: each sweep's change is about rho times the previous one, along a nearly fixed
 * direction, so the fixed point lies about rho / (1 - rho) more changes ahead (Aitken). Every
 * few sweeps this jumps there along the last sweep's change, estimating rho from the last two
 * changes' norms, and keeps the jump only when the regularized objective goes down (else a
 * quarter of it, else nothing). Descent is therefore kept; the fit still ends on an ordinary
 * sweep whose largest change is below the tolerance.
 *
 * <p>Everything is reduced sequentially or in chunk order, so results do not depend on threads.
 */
final class Extrapolation {
  /** Sweeps between jumps: two plain sweeps give a fresh rho estimate after a jump. */
  static final int EVERY = 2;

  /** Largest jump, in multiples of the last change (rho = 0.99). */
  static final double MAX_FACTOR = 99;

  private final double[][] before;
  private final double[][] after;
  private double beforeMu;
  private double afterMu;
  private double lastChangeNorm = Double.NaN;
  private int plainSweeps;
  private int accepted;
  private int tried;

  Extrapolation(MatrixFactorizer.State s) {
    before = copyOf(s);
    after = copyOf(s);
  }

  /** Call before each sweep. */
  void beforeSweep(MatrixFactorizer.State s) {
    copy(s, before);
    beforeMu = s.mu;
  }

  /** Call after each sweep that did not converge; may move the state to an extrapolated point. */
  void afterSweep(MfProblem p, MfOptions o, MatrixFactorizer.State s, Regularization reg,
      ChunkRunner runner) {
    afterSweep(p, o, s, reg, runner, Double.NaN);
  }

  /**
   * As above, given the objective at the current state when the caller has it (NaN otherwise):
   * each objective is a pass over every rating.
   */
  void afterSweep(MfProblem p, MfOptions o, MatrixFactorizer.State s, Regularization reg,
      ChunkRunner runner, double currentObjective) {
    double[][] now = arrays(s);
    double norm = 0;
    for (int a = 0; a < now.length; a++) {
      for (int i = 0; i < now[a].length; i++) {
        double d = now[a][i] - before[a][i];
        norm += d * d;
      }
    }
    norm += (s.mu - beforeMu) * (s.mu - beforeMu);
    norm = Math.sqrt(norm);
    double rho = norm / lastChangeNorm;
    lastChangeNorm = norm;
    plainSweeps++;
    if (plainSweeps < EVERY || !(rho > 0 && rho < 1)) {
      return;
    }
    plainSweeps = 0;
    tried++;
    double factor = Math.min(MAX_FACTOR, rho / (1 - rho));
    copy(s, after);
    afterMu = s.mu;
    double current =
        Double.isNaN(currentObjective) ? objective(p, o, s, reg, runner) : currentObjective;
    for (double f : new double[] {factor, factor / 4}) {
      moveTo(s, f);
      if (objective(p, o, s, reg, runner) < current) {
        accepted++;
        lastChangeNorm = Double.NaN; // the next change is not comparable to the last
        return;
      }
    }
    moveTo(s, 0);
  }

  int tried() {
    return tried;
  }

  int accepted() {
    return accepted;
  }

  /** The state at after + factor * (after - before). */
  private void moveTo(MatrixFactorizer.State s, double factor) {
    double[][] target = arrays(s);
    for (int a = 0; a < target.length; a++) {
      double[] t = target[a];
      double[] x0 = before[a];
      double[] x1 = after[a];
      for (int i = 0; i < t.length; i++) {
        t[i] = x1[i] + factor * (x1[i] - x0[i]);
      }
    }
    s.mu = afterMu + factor * (afterMu - beforeMu);
  }

  private static double objective(MfProblem p, MfOptions o, MatrixFactorizer.State s,
      Regularization reg, ChunkRunner runner) {
    double[] losses = Objective.losses(p, o.loss(), s, o.useGlobalIntercept(), runner);
    return losses[0] / p.size + reg.penalty(s, o.useGlobalIntercept());
  }

  private static double[][] arrays(MatrixFactorizer.State s) {
    return new double[][] {s.noteIntercept, s.noteFactor, s.raterIntercept, s.raterFactor};
  }

  private static double[][] copyOf(MatrixFactorizer.State s) {
    double[][] from = arrays(s);
    double[][] out = new double[from.length][];
    for (int a = 0; a < from.length; a++) {
      out[a] = from[a].clone();
    }
    return out;
  }

  private static void copy(MatrixFactorizer.State s, double[][] to) {
    double[][] from = arrays(s);
    for (int a = 0; a < from.length; a++) {
      System.arraycopy(from[a], 0, to[a], 0, from[a].length);
    }
  }
}
