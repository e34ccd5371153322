package org.bridgewatch.scoring.mf.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;
import org.junit.jupiter.api.Test;

class ReputationObjectiveTest {
  @Test
  void valueAndGradientMatchAnIndependentEvaluator() {
    Planted data = Planted.generate(60, 40, 12, 7);
    ReputationProblem p = data.problem();
    SplittableRandom rnd = new SplittableRandom(3);
    ReputationParams x = DiligenceModel.initialPrescoring(p, null, 5);
    for (int u = 0; u < p.nRaters; u++) {
      x.raterReputation[u] = (float) rnd.nextDouble(-0.5, 1.5);
    }
    x.globalIntercept = 0.3f;
    float[] w = DiligenceWeights.reputationWeighted(p, 5, x.raterReputation, 0.5, 0.1, -0.5);
    ReputationRound round = new ReputationRound(EnumSet.allOf(Block.class), w,
        new ReputationRound.Penalty(0.01, 0.02, 0.03, 0.04, 0.05, 0.06));
    ReputationObjective.Gradient g = new ReputationObjective.Gradient(p);
    double value;
    try (ChunkRunner chunks = new ChunkRunner(1, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      value = new ReputationObjective(p, chunks).evaluate(x, round, g);
    }
    IndependentObjective ref = new IndependentObjective(data.note(), data.rater(), data.target(),
        w, IndependentObjective.penalties(round.penalty()));
    double[][] xd = IndependentObjective.of(x);
    assertThat(value).isCloseTo(ref.value(xd), within(1e-5 * Math.abs(value)));
    Block[] blocks = {Block.NOTE_INTERCEPT, Block.NOTE_FACTOR, Block.RATER_INTERCEPT,
        Block.RATER_FACTOR, Block.RATER_REPUTATION};
    for (int b = 0; b < blocks.length; b++) {
      double[] grad = g.of(blocks[b]);
      for (int i = 0; i < grad.length; i += 7) {
        double fd = ref.derivative(xd, b, i, 1e-5);
        assertThat(grad[i]).as("%s %d", blocks[b], i).isCloseTo(fd, within(1e-6 + 1e-3 * Math.abs(fd)));
      }
    }
    assertThat(g.global).isCloseTo(ref.derivative(xd, 5, 0, 1e-5), within(1e-6));
  }
}
