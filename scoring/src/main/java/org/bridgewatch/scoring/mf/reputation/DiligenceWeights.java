package org.bridgewatch.scoring.mf.reputation;

/**
 * The reference's weighted loss, in its order: positive ratings weigh {@code posWeight}; then
 * (third round) each rating is scaled by its rater's smoothed reputation {@code (alpha +
 * max(rep, 0)^exp) / (1 + alpha)}; then by the note's weight total (plus 2^-20) to the power
 * {@code noteNormExp}. Float arithmetic, like the reference's float32 tensors.
 */
final class DiligenceWeights {
  private static final float MIN_TOTAL = (float) Math.pow(2, -20);

  private DiligenceWeights() {}

  static float[] classWeighted(ReputationProblem p, double posWeight) {
    float[] w = new float[p.size];
    float pos = (float) posWeight;
    for (int r = 0; r < p.size; r++) {
      w[r] = p.target[r] == 1f ? pos : 1f;
    }
    return w;
  }

  static float[] reputationWeighted(ReputationProblem p, double posWeight, float[] reputation,
      double reputationExp, double alpha, double noteNormExp) {
    float[] w = classWeighted(p, posWeight);
    float a = (float) alpha;
    float onePlusAlpha = (float) (1 + alpha);
    for (int r = 0; r < p.size; r++) {
      float rep = Math.max(reputation[p.rater[r]], 0f);
      float scaled = (float) Math.pow(rep, reputationExp);
      w[r] = w[r] * ((a + scaled) / onePlusAlpha);
    }
    if (noteNormExp != 0) {
      float[] total = new float[p.nNotes];
      for (int r = 0; r < p.size; r++) {
        total[p.note[r]] += w[r];
      }
      for (int r = 0; r < p.size; r++) {
        w[r] = w[r] * (float) Math.pow(total[p.note[r]] + MIN_TOTAL, noteNormExp);
      }
    }
    return w;
  }
}
