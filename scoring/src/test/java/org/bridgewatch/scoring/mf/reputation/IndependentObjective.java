package org.bridgewatch.scoring.mf.reputation;

/**
 * A from-scratch double-precision evaluator of a round's objective, written straight from the
 * reference's formulas (BCE-with-logits averaged over ratings, weighted; L2 terms per block), used
 * to check the production gradient and optimality by central differences.
 */
final class IndependentObjective {
  final int[] note;
  final int[] rater;
  final float[] target;
  final double[] weight;
  final double[] pen; // noteIntercept, noteFactor, raterIntercept, raterFactor, reputation, global

  IndependentObjective(int[] note, int[] rater, float[] target, float[] weight, double[] pen) {
    this.note = note;
    this.rater = rater;
    this.target = target;
    this.weight = new double[weight.length];
    for (int i = 0; i < weight.length; i++) {
      this.weight[i] = weight[i];
    }
    this.pen = pen;
  }

  /** x = {noteIntercept, noteFactor, raterIntercept, raterFactor, reputation, {mu}}. */
  double value(double[][] x) {
    double sum = 0;
    for (int r = 0; r < note.length; r++) {
      int n = note[r];
      int u = rater[r];
      double z = x[1][n] * x[3][u] + x[0][n] * x[4][u] + x[2][u] + x[5][0];
      double p = 1 / (1 + Math.exp(-z));
      double l = target[r] == 1f ? -Math.log(p) : -Math.log(1 - p);
      sum += weight[r] * l;
    }
    double v = sum / note.length;
    for (int b = 0; b < 6; b++) {
      for (double e : x[b]) {
        v += pen[b] * e * e;
      }
    }
    return v;
  }

  double derivative(double[][] x, int block, int i, double h) {
    double keep = x[block][i];
    x[block][i] = keep + h;
    double up = value(x);
    x[block][i] = keep - h;
    double down = value(x);
    x[block][i] = keep;
    return (up - down) / (2 * h);
  }

  static double[][] of(ReputationParams p) {
    return new double[][] {
      toDouble(p.noteIntercept), toDouble(p.noteFactor), toDouble(p.raterIntercept),
      toDouble(p.raterFactor), toDouble(p.raterReputation), new double[] {p.globalIntercept}
    };
  }

  static double[] penalties(ReputationRound.Penalty p) {
    return new double[] {p.noteIntercept(), p.noteFactor(), p.raterIntercept(), p.raterFactor(),
        p.raterReputation(), p.global()};
  }

  private static double[] toDouble(float[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
