package org.bridgewatch.scoring.mf.reputation;

import java.util.EnumMap;
import java.util.Map;
import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;

/**
 * The reference's training loop for one round, replayed: full-batch Adam (betas 0.9/0.999, eps
 * 1e-8, fresh moments each round) on float32 parameters, at most {@code maxEpochs + 1} steps, and
 * an early stop when the loss, sampled every {@code stablePeriod} epochs before the step, moved
 * less than {@code convergence} since the previous sample. The stop usually comes before the
 * optimum, so the schedule itself shapes the result; that is why it is replayed rather than
 * replaced by an exact solver.
 */
public final class AdamRound {
  private static final float ONE_MINUS_BETA1 = (float) (1 - 0.9);
  private static final double BETA1_D = 0.9;
  private static final double BETA2_D = 0.999;
  private static final float BETA2 = 0.999f;
  private static final float ONE_MINUS_BETA2 = (float) (1 - 0.999);
  private static final float EPS = 1e-8f;

  /** Optimizer schedule: learning rate, epoch budget, loss-change stop and its sampling period. */
  public record Schedule(double learningRate, int maxEpochs, double convergence, int stablePeriod) {}

  /** What a round ended with: the last loss (float, like the reference's) and the steps taken. */
  public record Outcome(float loss, int steps) {}

  private AdamRound() {}

  static Outcome train(ReputationProblem p, ReputationParams x, ReputationRound round,
      Schedule s, ChunkRunner chunks) {
    ReputationObjective objective = new ReputationObjective(p, chunks);
    ReputationObjective.Gradient g = new ReputationObjective.Gradient(p);
    Map<Block, float[]> m = new EnumMap<>(Block.class);
    Map<Block, float[]> v = new EnumMap<>(Block.class);
    for (Block b : round.trainable()) {
      int len = b == Block.GLOBAL ? 1 : x.block(b).length;
      m.put(b, new float[len]);
      v.put(b, new float[len]);
    }
    int epoch = 0;
    int steps = 0;
    float prior = Float.NaN;
    float loss = Float.NaN;
    while (epoch <= s.maxEpochs()) {
      loss = (float) objective.evaluate(x, round, g);
      if (s.convergence() > 0 && epoch % s.stablePeriod() == 0) {
        if (!Float.isNaN(prior) && Math.abs(prior - loss) < s.convergence()) {
          break;
        }
        prior = loss;
      }
      steps++;
      double stepSize = s.learningRate() / (1 - Math.pow(BETA1_D, steps));
      float bias2Sqrt = (float) Math.sqrt(1 - Math.pow(BETA2_D, steps));
      float negStep = (float) -stepSize;
      for (Block b : round.trainable()) {
        if (b == Block.GLOBAL) {
          float[] one = {x.globalIntercept};
          step(one, new double[] {g.global}, m.get(b), v.get(b), negStep, bias2Sqrt);
          x.globalIntercept = one[0];
        } else {
          step(x.block(b), g.of(b), m.get(b), v.get(b), negStep, bias2Sqrt);
        }
      }
      epoch++;
    }
    return new Outcome(loss, steps);
  }

  /** torch's single-tensor Adam update, in float32 and its operation order. */
  private static void step(float[] param, double[] grad, float[] m, float[] v, float negStep,
      float bias2Sqrt) {
    for (int i = 0; i < param.length; i++) {
      float gi = (float) grad[i];
      m[i] = m[i] + ONE_MINUS_BETA1 * (gi - m[i]);
      v[i] = v[i] * BETA2 + ONE_MINUS_BETA2 * gi * gi;
      float denom = (float) Math.sqrt(v[i]) / bias2Sqrt + EPS;
      param[i] = param[i] + negStep * m[i] / denom;
    }
  }
}
