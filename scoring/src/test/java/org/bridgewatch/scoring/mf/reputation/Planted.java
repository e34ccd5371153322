package org.bridgewatch.scoring.mf.reputation;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Planted-parameter binary data: every note rated by {@code perNote} distinct raters, every rater
 * guaranteed at least one rating; targets drawn from the model's logistic probabilities.
 */
record Planted(ReputationProblem problem, int[] note, int[] rater, float[] target,
    ReputationParams truth) {

  static Planted generate(int nNotes, int nRaters, int perNote, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] ni = new float[nNotes];
    float[] nf = new float[nNotes];
    float[] ri = new float[nRaters];
    float[] rf = new float[nRaters];
    float[] rep = new float[nRaters];
    for (int n = 0; n < nNotes; n++) {
      ni[n] = (float) r.nextDouble(-1.5, 1.5);
      nf[n] = (float) r.nextDouble(-1, 1);
    }
    for (int u = 0; u < nRaters; u++) {
      ri[u] = (float) r.nextDouble(-0.5, 0.5);
      rf[u] = (float) ((u % 2 == 0 ? -1 : 1) * r.nextDouble(0.3, 1));
      rep[u] = (float) r.nextDouble(0.3, 1.5);
    }
    ReputationParams truth = new ReputationParams(ni, nf, ri, rf, rep, -0.2f);
    int size = nNotes * perNote;
    int[] note = new int[size];
    int[] rater = new int[size];
    float[] target = new float[size];
    int k = 0;
    for (int n = 0; n < nNotes; n++) {
      BitSet used = new BitSet(nRaters);
      for (int j = 0; j < perNote; j++) {
        // The first notes walk through every rater so that each rater has a rating.
        int u = k < nRaters ? k : r.nextInt(nRaters);
        while (used.get(u)) {
          u = r.nextInt(nRaters);
        }
        used.set(u);
        note[k] = n;
        rater[k] = u;
        double prob = 1 / (1 + Math.exp(-truth.logit(n, u)));
        target[k] = r.nextDouble() < prob ? 1f : 0f;
        k++;
      }
    }
    return new Planted(ReputationProblem.of(nNotes, nRaters, note, rater, target), note, rater,
        target, truth);
  }
}
