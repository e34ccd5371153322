package org.bridgewatch.scoring.topics;

/**
 * Limited-memory BFGS for smooth convex objectives, with a backtracking Armijo line search.
 * Deterministic and single-threaded. Runs until the largest gradient component is below {@code
 * gradientTolerance}, the objective stops decreasing, or {@code maxIterations}.
 */
final class Lbfgs {
  /** f(x), writing the gradient into {@code grad}. */
  interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private static final int MEMORY = 10;
  private static final double ARMIJO = 1e-4;

  private Lbfgs() {}

  static double[] minimize(
      Objective objective, double[] start, double gradientTolerance, int maxIterations) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double f = objective.evaluate(x, g);
    double[][] s = new double[MEMORY][n];
    double[][] y = new double[MEMORY][n];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    int head = 0;
    double[] direction = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iter = 0; iter < maxIterations && maxAbs(g) > gradientTolerance; iter++) {
      // Two-loop recursion: direction = -H g.
      for (int i = 0; i < n; i++) {
        direction[i] = -g[i];
      }
      for (int k = 0; k < stored; k++) {
        int idx = Math.floorMod(head - 1 - k, MEMORY);
        alpha[idx] = rho[idx] * dot(s[idx], direction);
        axpy(-alpha[idx], y[idx], direction);
      }
      double gamma = 1.0;
      if (stored > 0) {
        int last = Math.floorMod(head - 1, MEMORY);
        gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
      } else {
        gamma = 1.0 / Math.max(1.0, Math.sqrt(dot(g, g)));
      }
      for (int i = 0; i < n; i++) {
        direction[i] *= gamma;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int idx = Math.floorMod(head - 1 - k, MEMORY);
        double beta = rho[idx] * dot(y[idx], direction);
        axpy(alpha[idx] - beta, s[idx], direction);
      }
      double slope = dot(g, direction);
      if (slope >= 0) {
        // Not a descent direction (numerical trouble): restart from steepest descent.
        stored = 0;
        for (int i = 0; i < n; i++) {
          direction[i] = -g[i] * gamma;
        }
        slope = dot(g, direction);
      }
      double step = 1.0;
      double fNew;
      int tries = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * direction[i];
        }
        fNew = objective.evaluate(xNew, gNew);
        if (fNew <= f + ARMIJO * step * slope || ++tries > 60) {
          break;
        }
        step *= 0.5;
      }
      if (!(fNew < f) && tries > 60) {
        break;
      }
      double[] sNew = s[head];
      double[] yNew = y[head];
      for (int i = 0; i < n; i++) {
        sNew[i] = xNew[i] - x[i];
        yNew[i] = gNew[i] - g[i];
      }
      double sy = dot(sNew, yNew);
      if (sy > 1e-300) {
        rho[head] = 1.0 / sy;
        head = (head + 1) % MEMORY;
        stored = Math.min(stored + 1, MEMORY);
      }
      boolean stalled = f - fNew <= 1e-16 * Math.max(1.0, Math.abs(f));
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      f = fNew;
      if (stalled && maxAbs(g) <= gradientTolerance * 1e3) {
        break;
      }
    }
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }
}
