package org.bridgewatch.scoring.mf.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;
import org.junit.jupiter.api.Test;

class AdamRoundTest {
  private static final ReputationRound.Penalty PEN =
      new ReputationRound.Penalty(0.01, 0.01, 0.1, 0.01, 0.5, 0);

  @Test
  void firstStepMovesEachTrainableParameterByTheLearningRateAgainstItsGradient() {
    Planted data = Planted.generate(30, 20, 6, 1);
    ReputationProblem p = data.problem();
    ReputationParams x = data.truth().copy();
    ReputationRound round = new ReputationRound(EnumSet.of(Block.NOTE_INTERCEPT, Block.GLOBAL),
        DiligenceWeights.classWeighted(p, 3), PEN);
    ReputationObjective.Gradient g = new ReputationObjective.Gradient(p);
    ReputationParams before = x.copy();
    try (ChunkRunner chunks = new ChunkRunner(1, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      new ReputationObjective(p, chunks).evaluate(x, round, g);
      // One step: Adam's bias-corrected first step is lr * g / (|g| + eps) ~ lr * sign(g).
      AdamRound.train(p, x, round, new AdamRound.Schedule(0.2, 0, 0, 5), chunks);
    }
    for (int n = 0; n < p.nNotes; n++) {
      double expected = -0.2 * Math.signum(g.noteIntercept[n]);
      assertThat((double) (x.noteIntercept[n] - before.noteIntercept[n])).isCloseTo(expected, within(1e-5));
    }
    assertThat((double) (x.globalIntercept - before.globalIntercept))
        .isCloseTo(-0.2 * Math.signum(g.global), within(1e-5));
  }

  @Test
  void frozenBlocksAreLeftBitForBit() {
    Planted data = Planted.generate(40, 25, 8, 2);
    ReputationProblem p = data.problem();
    ReputationParams x = data.truth().copy();
    ReputationParams before = x.copy();
    ReputationRound round = new ReputationRound(EnumSet.of(Block.NOTE_FACTOR),
        DiligenceWeights.classWeighted(p, 2), PEN);
    try (ChunkRunner chunks = new ChunkRunner(2, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      AdamRound.train(p, x, round, DiligenceModel.SCHEDULE, chunks);
    }
    assertThat(x.noteFactor).isNotEqualTo(before.noteFactor);
    assertThat(x.noteIntercept).isEqualTo(before.noteIntercept);
    assertThat(x.raterIntercept).isEqualTo(before.raterIntercept);
    assertThat(x.raterFactor).isEqualTo(before.raterFactor);
    assertThat(x.raterReputation).isEqualTo(before.raterReputation);
    assertThat(x.globalIntercept).isEqualTo(before.globalIntercept);
  }

  @Test
  void stopsAtTheFirstSampledLossChangeBelowTheThresholdOrAfterTheEpochBudget() {
    Planted data = Planted.generate(30, 20, 6, 3);
    ReputationProblem p = data.problem();
    ReputationRound round = new ReputationRound(EnumSet.allOf(Block.class),
        DiligenceWeights.classWeighted(p, 1), PEN);
    try (ChunkRunner chunks = new ChunkRunner(1, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      // Any change passes a huge threshold: the loss is sampled at epoch 0 and 5, then it stops
      // before the sixth step.
      AdamRound.Outcome early = AdamRound.train(p, data.truth().copy(), round,
          new AdamRound.Schedule(0.2, 300, 1e9, 5), chunks);
      assertThat(early.steps()).isEqualTo(5);
      // No early stop: epochs 0..maxEpochs all step.
      AdamRound.Outcome budget = AdamRound.train(p, data.truth().copy(), round,
          new AdamRound.Schedule(0.2, 12, 0, 5), chunks);
      assertThat(budget.steps()).isEqualTo(13);
    }
  }
}
