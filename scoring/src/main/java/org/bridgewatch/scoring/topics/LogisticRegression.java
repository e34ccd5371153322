package org.bridgewatch.scoring.topics;

/**
 * scikit-learn's LogisticRegression defaults for this use: L2 penalty with C = 1, unpenalized
 * intercept, multinomial (softmax over all classes) for three or more classes and the binomial
 * model for two. The objective is convex; L-BFGS stops on sklearn's own gradient rule.
 *
 * <p>{@code coef} has one row per class ({@code classes.length} rows, or one row for the binary
 * model, scoring {@code classes[1]}).
 */
final class LogisticRegression {
  static final double C = 1.0;
  /**
   * The reference's classifier is {@code LogisticRegression(max_iter=1000)}: scikit-learn's lbfgs
   * solver stops when the largest gradient component of the mean objective is at most tol =
   * 1e-4, or after 1,000 iterations. The same rule here (solving to 1e-10 instead cost hundreds
   * more objective passes at scale without changing a topic on the parity fixtures).
   */
  private static final double GRADIENT_TOLERANCE = 1e-4;

  private static final int MAX_ITERATIONS = 1_000;

  final int[] classes;
  final double[][] coef;
  final double[] intercept;

  private LogisticRegression(int[] classes, double[][] coef, double[] intercept) {
    this.classes = classes;
    this.coef = coef;
    this.intercept = intercept;
  }

  /**
   * Fits labels {@code y} (arbitrary non-negative ints) on rows of {@code x}.
   *
   * @throws IllegalArgumentException with fewer than two distinct labels, as sklearn
   */
  static LogisticRegression fit(SparseRows x, int[] y) {
    return fit(x, y, 1);
  }

  /** As {@link #fit(SparseRows, int[])}, the multinomial objective on {@code threads} threads. */
  static LogisticRegression fit(SparseRows x, int[] y, int threads) {
    return fit(x, y, threads, GRADIENT_TOLERANCE, MAX_ITERATIONS);
  }

  /** With an explicit stop (tests solve to the optimum to check the objective itself). */
  static LogisticRegression fit(
      SparseRows x, int[] y, int threads, double gradientTolerance, int maxIterations) {
    int[] classes = java.util.Arrays.stream(y).distinct().sorted().toArray();
    if (classes.length < 2) {
      throw new IllegalArgumentException("Logistic regression needs at least two classes");
    }
    int[] yIndex = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      yIndex[i] = java.util.Arrays.binarySearch(classes, y[i]);
    }
    int rows = classes.length == 2 ? 1 : classes.length;
    int d = x.cols();
    Lbfgs.Objective objective =
        rows == 1 ? binaryObjective(x, yIndex, d) : softmaxObjective(x, yIndex, rows, d, threads);
    double[] w =
        Lbfgs.minimize(objective, new double[rows * (d + 1)], gradientTolerance, maxIterations);
    // Parameters are feature-major (w[j * rows + c]), then the intercepts.
    double[][] coef = new double[rows][d];
    double[] intercept = new double[rows];
    for (int k = 0; k < rows; k++) {
      for (int j = 0; j < d; j++) {
        coef[k][j] = w[j * rows + k];
      }
      intercept[k] = w[rows * d + k];
    }
    return new LogisticRegression(classes, coef, intercept);
  }

  /**
   * Rows per block of the multinomial objective is {@code ceil(n / BLOCKS)}: a fixed number of
   * blocks, each with its own gradient buffer, summed in block order, so the objective is the same
   * bits on any number of threads.
   */
  private static final int BLOCKS = 8;

  /**
   * Mean softmax cross-entropy plus ||W||^2 / (2 C n). Parameters: W feature-major
   * ({@code w[j * k + c]}, so a row's features touch k adjacent weights), then b.
   *
   * <p>Why blocks: on millions of posts this objective, evaluated a few hundred times by L-BFGS,
   * was the largest cost of the topic model and ran on one core.
   */
  private static Lbfgs.Objective softmaxObjective(SparseRows x, int[] y, int k, int d,
      int threads) {
    int n = x.rows();
    int per = Math.max(1, (n + BLOCKS - 1) / BLOCKS);
    int blocks = (n + per - 1) / per;
    double[][] blockGrad = new double[blocks][k * (d + 1)];
    double[] blockLoss = new double[blocks];
    return (w, grad) -> {
      PostChunks.runBlocks(blocks, threads, block -> {
        double[] g = blockGrad[block];
        java.util.Arrays.fill(g, 0);
        blockLoss[block] = softmaxRows(x, y, k, d, w, g, block * per, Math.min(n, (block + 1) * per));
      });
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      for (int block = 0; block < blocks; block++) {
        loss += blockLoss[block];
        double[] g = blockGrad[block];
        for (int j = 0; j < grad.length; j++) {
          grad[j] += g[j];
        }
      }
      double penalty = 0;
      for (int j = 0; j < k * d; j++) {
        penalty += w[j] * w[j];
        grad[j] += w[j] / C;
      }
      for (int j = 0; j < grad.length; j++) {
        grad[j] /= n;
      }
      return (loss + penalty / (2 * C)) / n;
    };
  }

  /** Cross-entropy of rows [from, to), its gradient added to {@code grad}. */
  private static double softmaxRows(SparseRows x, int[] y, int k, int d, double[] w,
      double[] grad, int from, int to) {
    double loss = 0;
    double[] z = new double[k];
    int[] col = x.col();
    double[] val = x.val();
    for (int i = from; i < to; i++) {
      for (int c = 0; c < k; c++) {
        z[c] = w[k * d + c];
      }
      for (int p = x.start(i); p < x.end(i); p++) {
        int base = col[p] * k;
        double v = val[p];
        for (int c = 0; c < k; c++) {
          z[c] += w[base + c] * v;
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double v : z) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        sum += Math.exp(z[c] - max);
      }
      double lse = max + Math.log(sum);
      loss += lse - z[y[i]];
      for (int c = 0; c < k; c++) {
        z[c] = Math.exp(z[c] - lse) - (c == y[i] ? 1 : 0);
        grad[k * d + c] += z[c];
      }
      for (int p = x.start(i); p < x.end(i); p++) {
        int base = col[p] * k;
        double v = val[p];
        for (int c = 0; c < k; c++) {
          grad[base + c] += z[c] * v;
        }
      }
    }
    return loss;
  }

  /** Mean logistic loss plus ||w||^2 / (2 C n). Parameters: w, then b. */
  private static Lbfgs.Objective binaryObjective(SparseRows x, int[] y, int d) {
    int n = x.rows();
    return (w, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      for (int i = 0; i < n; i++) {
        double z = w[d];
        for (int p = x.start(i); p < x.end(i); p++) {
          z += w[x.col()[p]] * x.val()[p];
        }
        // log(1 + e^z) - y z, computed stably.
        loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
        double r = sigmoid(z) - y[i];
        grad[d] += r;
        for (int p = x.start(i); p < x.end(i); p++) {
          grad[x.col()[p]] += r * x.val()[p];
        }
      }
      double penalty = 0;
      for (int j = 0; j < d; j++) {
        penalty += w[j] * w[j];
        grad[j] += w[j] / C;
      }
      for (int j = 0; j < grad.length; j++) {
        grad[j] /= n;
      }
      return (loss + penalty / (2 * C)) / n;
    };
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /**
   * Class probabilities per row, expanded to {@code labelCount} columns indexed by label (labels
   * absent from training get probability 0), as the reference does before thresholding.
   */
  double[][] probabilities(SparseRows x, int labelCount) {
    double[][] out = new double[x.rows()][labelCount];
    int k = coef.length;
    double[] z = new double[k];
    for (int i = 0; i < x.rows(); i++) {
      for (int c = 0; c < k; c++) {
        double s = intercept[c];
        for (int p = x.start(i); p < x.end(i); p++) {
          s += coef[c][x.col()[p]] * x.val()[p];
        }
        z[c] = s;
      }
      if (k == 1) {
        double p1 = sigmoid(z[0]);
        out[i][classes[0]] = 1 - p1;
        out[i][classes[1]] = p1;
      } else {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
          max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
          sum += Math.exp(z[c] - max);
        }
        for (int c = 0; c < k; c++) {
          out[i][classes[c]] = Math.exp(z[c] - max) / sum;
        }
      }
    }
    return out;
  }
}
