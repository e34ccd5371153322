package org.bridgewatch.scoring.mf;

/**
 * An independent, straightforward evaluation of the reference's loss and its gradient, written
 * from matrix_factorization.py's formula (mean squared error plus lambda * mean(param^2) per
 * table, or sum / (N / ratio) with a loss ratio, plus lambda_mu * mu^2), used to check that the
 * solver stops at a stationary point of that exact function.
 */
final class ReferenceObjective {
  final double value;
  final double[] gNoteIntercept;
  final double[] gNoteFactor;
  final double[] gRaterIntercept;
  final double[] gRaterFactor;
  final double gMu;

  ReferenceObjective(int[] note, int[] rater, float[] y, MfParams p, MfOptions o) {
    int size = note.length;
    int nN = p.nNotes();
    int nR = p.nRaters();
    gNoteIntercept = new double[nN];
    gNoteFactor = new double[nN];
    gRaterIntercept = new double[nR];
    gRaterFactor = new double[nR];
    double mu = o.useGlobalIntercept() ? p.globalIntercept : 0;
    double v = 0;
    double gm = 0;
    for (int k = 0; k < size; k++) {
      int n = note[k];
      int u = rater[k];
      double pred = mu + p.raterIntercept[u] + p.noteIntercept[n]
          + (double) p.raterFactor[u] * p.noteFactor[n];
      double e = pred - y[k];
      v += e * e / size;
      double d = 2 * e / size;
      gNoteIntercept[n] += d;
      gNoteFactor[n] += d * p.raterFactor[u];
      gRaterIntercept[u] += d;
      gRaterFactor[u] += d * p.noteFactor[n];
      if (o.useGlobalIntercept()) {
        gm += d;
      }
    }
    double dn = Double.isNaN(o.ratingPerNoteLossRatio()) ? nN : size / o.ratingPerNoteLossRatio();
    double du = Double.isNaN(o.ratingPerUserLossRatio()) ? nR : size / o.ratingPerUserLossRatio();
    for (int n = 0; n < nN; n++) {
      double a = p.noteIntercept[n];
      double b = p.noteFactor[n];
      v += (o.noteInterceptLambda() * a * a + o.noteFactorLambda() * b * b) / dn;
      gNoteIntercept[n] += 2 * o.noteInterceptLambda() * a / dn;
      gNoteFactor[n] += 2 * o.noteFactorLambda() * b / dn;
    }
    for (int u = 0; u < nR; u++) {
      double a = p.raterIntercept[u];
      double b = p.raterFactor[u];
      v += (o.raterInterceptLambda() * a * a + o.raterFactorLambda() * b * b) / du;
      gRaterIntercept[u] += 2 * o.raterInterceptLambda() * a / du;
      gRaterFactor[u] += 2 * o.raterFactorLambda() * b / du;
    }
    v += o.globalInterceptLambda() * p.globalIntercept * p.globalIntercept;
    gm += 2 * o.globalInterceptLambda() * p.globalIntercept;
    value = v;
    gMu = gm;
  }
}
