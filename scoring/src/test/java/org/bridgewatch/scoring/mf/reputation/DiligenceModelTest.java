package org.bridgewatch.scoring.mf.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.EnumSet;
import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.CompactIndex;
import org.junit.jupiter.api.Test;

class DiligenceModelTest {
  private static final double PER_NOTE = 9.5;
  private static final double PER_USER = 14.0;

  @Test
  void targetIsAnyOfTheThreeLowDiligenceTags() {
    int[] tags = {
      RatingTag.NOT_HELPFUL_INCORRECT.bit(),
      RatingTag.NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE.bit(),
      RatingTag.NOT_HELPFUL_IRRELEVANT_SOURCES.bit(),
      RatingTag.NOT_HELPFUL_INCORRECT.bit() | RatingTag.NOT_HELPFUL_IRRELEVANT_SOURCES.bit(),
      RatingTag.NOT_HELPFUL_OTHER.bit() | RatingTag.NOT_HELPFUL_OFF_TOPIC.bit(),
      0
    };
    int n = tags.length;
    RatingTable t = new RatingTable(new int[] {0, 0, 1, 1, 2, 2}, new long[n],
        new int[] {0, 1, 0, 1, 0, 1}, new long[n], new byte[n], tags, new byte[n], new byte[n],
        new long[n], new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
    float[] y = new float[n];
    for (int r = 0; r < n; r++) {
      y[r] = DiligenceModel.target(t, r);
    }
    assertThat(y).containsExactly(1f, 1f, 1f, 1f, 0f, 0f);
    int[] rows = {1, 2, 4, 5};
    CompactIndex index = CompactIndex.of(t, rows, 3, 2);
    ReputationProblem p = DiligenceModel.problem(t, rows, index);
    assertThat(p.size).isEqualTo(4);
    assertThat(p.nNotes).isEqualTo(3);
    assertThat(p.nRaters).isEqualTo(2);
    assertThat(p.note(0)).isEqualTo(0);
    assertThat(p.note(3)).isEqualTo(2);
    assertThat(p.target(1)).isEqualTo(1f);
    assertThat(p.target(2)).isEqualTo(0f);
  }

  @Test
  void exactFinalFitZeroesTheGradientOfBothFinalRounds() {
    Planted data = Planted.generate(80, 50, 10, 11);
    ReputationProblem p = data.problem();
    DiligenceModel.Prescoring pre = DiligenceModel.fitPrescoring(p, data.truth().raterFactor, 5, 1);
    DiligenceModel.FinalInit init = initOf(pre);
    DiligenceModel.Final fin =
        DiligenceModel.fitFinal(p, init, PER_NOTE, PER_USER, DiligenceModel.Solver.EXACT, 1);
    ReputationParams x = pre.params();

    // Round A: note factors, with the round-2 intercepts and global intercept.
    double[][] a = IndependentObjective.of(new ReputationParams(pre.noteInterceptRound2(),
        fin.noteFactor(), pre.raterInterceptRound2(), x.raterFactor, x.raterReputation,
        pre.global().secondRound()));
    IndependentObjective roundA = new IndependentObjective(data.note(), data.rater(),
        data.target(), DiligenceWeights.classWeighted(p, 100), IndependentObjective.penalties(
            DiligenceModel.penalty(p, 0.03, 1, PER_NOTE, PER_USER)));
    // Round B: note intercepts, with the final rater intercepts and global intercept.
    double[][] b = IndependentObjective.of(new ReputationParams(fin.noteIntercept(),
        fin.noteFactor(), x.raterIntercept, x.raterFactor, x.raterReputation,
        pre.global().finalRound()));
    IndependentObjective roundB = new IndependentObjective(data.note(), data.rater(),
        data.target(), DiligenceWeights.reputationWeighted(p, 500, x.raterReputation, 0.5, 0.1,
            -0.5), IndependentObjective.penalties(
            DiligenceModel.penalty(p, 0.03, 1, PER_NOTE, PER_USER)));
    double[][] start = IndependentObjective.of(new ReputationParams(pre.noteInterceptRound2(),
        x.noteFactor, x.raterIntercept, x.raterFactor, x.raterReputation,
        pre.global().finalRound()));
    double typical = 0;
    for (int n = 0; n < p.nNotes; n++) {
      typical = Math.max(typical, Math.abs(roundB.derivative(start, 0, n, 1e-4)));
      assertThat(roundA.derivative(a, 1, n, 1e-4)).as("note factor %d", n)
          .isCloseTo(0, within(1e-8));
      assertThat(roundB.derivative(b, 0, n, 1e-4)).as("note intercept %d", n)
          .isCloseTo(0, within(1e-8));
    }
    assertThat(typical).isGreaterThan(1e-4);
  }

  @Test
  void referenceScheduleLandsNearTheExactOptimumAndLeavesItsInputsAlone() {
    Planted data = Planted.generate(80, 50, 10, 12);
    ReputationProblem p = data.problem();
    DiligenceModel.Prescoring pre = DiligenceModel.fitPrescoring(p, data.truth().raterFactor, 5, 1);
    DiligenceModel.FinalInit init = initOf(pre);
    DiligenceModel.Prescoring snapshot = copy(pre);
    DiligenceModel.Final adam = DiligenceModel.fitFinal(p, init, PER_NOTE, PER_USER,
        DiligenceModel.Solver.REFERENCE_ADAM, 1);
    DiligenceModel.Final exact =
        DiligenceModel.fitFinal(p, init, PER_NOTE, PER_USER, DiligenceModel.Solver.EXACT, 1);
    double[] a = toDouble(adam.noteIntercept());
    double[] e = toDouble(exact.noteIntercept());
    assertThat(Stats.pearson(a, e)).isGreaterThan(0.95);
    // Frozen inputs: prescoring parameters are not written by final scoring.
    assertThat(pre.params().raterIntercept).isEqualTo(snapshot.params().raterIntercept);
    assertThat(pre.params().raterReputation).isEqualTo(snapshot.params().raterReputation);
    assertThat(pre.params().raterFactor).isEqualTo(snapshot.params().raterFactor);
    assertThat(pre.params().noteFactor).isEqualTo(snapshot.params().noteFactor);
    assertThat(pre.noteInterceptRound2()).isEqualTo(snapshot.noteInterceptRound2());
    assertThat(pre.raterInterceptRound2()).isEqualTo(snapshot.raterInterceptRound2());
  }

  @Test
  void prescoringRoundTwoKeepsTheRoundOneNoteIntercepts() {
    // Round 2 freezes the note intercept, so its snapshot is round 1's result; round 3 moves it.
    Planted data = Planted.generate(60, 40, 10, 13);
    ReputationProblem p = data.problem();
    DiligenceModel.Prescoring pre = DiligenceModel.fitPrescoring(p, data.truth().raterFactor, 2, 1);
    ReputationParams x = DiligenceModel.initialPrescoring(p, data.truth().raterFactor, 2);
    try (ChunkRunner chunks = new ChunkRunner(1, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      AdamRound.train(p, x, new ReputationRound(EnumSet.of(Block.NOTE_INTERCEPT,
          Block.NOTE_FACTOR, Block.RATER_INTERCEPT, Block.RATER_FACTOR, Block.GLOBAL),
          DiligenceWeights.classWeighted(p, 100),
          DiligenceModel.penalty(p, 0.03, 1, Double.NaN, Double.NaN)), DiligenceModel.SCHEDULE,
          chunks);
    }
    assertThat(pre.noteInterceptRound2()).isEqualTo(x.noteIntercept);
    assertThat(pre.global().firstRound()).isEqualTo(x.globalIntercept);
    assertThat(pre.params().noteIntercept).isNotEqualTo(pre.noteInterceptRound2());
  }

  @Test
  void sameResultOnOneAndTwoThreads() {
    // More notes and raters than one chunk, so that the parallel paths really split.
    Planted data = Planted.generate(2600, 2300, 4, 14);
    ReputationProblem p = data.problem();
    DiligenceModel.Prescoring one = DiligenceModel.fitPrescoring(p, data.truth().raterFactor, 9, 1);
    DiligenceModel.Prescoring two = DiligenceModel.fitPrescoring(p, data.truth().raterFactor, 9, 2);
    assertThat(two.params().noteIntercept).isEqualTo(one.params().noteIntercept);
    assertThat(two.params().raterReputation).isEqualTo(one.params().raterReputation);
    assertThat(two.global()).isEqualTo(one.global());
    for (DiligenceModel.Solver s : DiligenceModel.Solver.values()) {
      DiligenceModel.Final f1 = DiligenceModel.fitFinal(p, initOf(one), PER_NOTE, PER_USER, s, 1);
      DiligenceModel.Final f2 = DiligenceModel.fitFinal(p, initOf(one), PER_NOTE, PER_USER, s, 2);
      assertThat(f2.noteIntercept()).isEqualTo(f1.noteIntercept());
      assertThat(f2.noteFactor()).isEqualTo(f1.noteFactor());
    }
  }

  @Test
  void recoversPlantedNoteInterceptsWithTheRestKnown() {
    Planted data = Planted.generate(150, 300, 120, 15);
    ReputationProblem p = data.problem();
    ReputationParams truth = data.truth();
    // Unit weights and a negligible penalty: the note-intercept round is the planted model's MLE.
    ReputationRound round = new ReputationRound(EnumSet.of(Block.NOTE_INTERCEPT),
        DiligenceWeights.classWeighted(p, 1), new ReputationRound.Penalty(1e-9, 0, 0, 0, 0, 0));
    ReputationParams exact = truth.copy();
    java.util.Arrays.fill(exact.noteIntercept, 0f);
    ReputationParams adam = exact.copy();
    try (ChunkRunner chunks = new ChunkRunner(1, DiligenceModel.CHUNK, "reputation-mf-worker")) {
      NoteBlockSolver.solve(p, exact, round, chunks);
      AdamRound.train(p, adam, round, new AdamRound.Schedule(0.2, 3000, 0, 5), chunks);
    }
    assertThat(Stats.pearson(toDouble(exact.noteIntercept), toDouble(truth.noteIntercept)))
        .isGreaterThan(0.95);
    double worst = 0;
    for (int n = 0; n < p.nNotes; n++) {
      worst = Math.max(worst, Math.abs(adam.noteIntercept[n] - exact.noteIntercept[n]));
    }
    // Given enough steps, Adam reaches the same optimum (up to its constant-rate jitter).
    assertThat(worst).isLessThan(0.05);
  }

  @Test
  void finalScoringRecoversPlantedNoteParametersGivenThePlantedRaterSide() {
    Planted data = Planted.generate(150, 300, 120, 16);
    ReputationProblem p = data.problem();
    ReputationParams truth = data.truth();
    float[] nan = new float[p.nNotes];
    java.util.Arrays.fill(nan, Float.NaN);
    DiligenceModel.GlobalIntercepts g = new DiligenceModel.GlobalIntercepts(
        truth.globalIntercept, truth.globalIntercept, truth.globalIntercept);
    DiligenceModel.FinalInit init = new DiligenceModel.FinalInit(nan, nan, truth.raterIntercept,
        truth.raterIntercept, truth.raterFactor, truth.raterReputation, g);
    // The final rounds' class and note weighting bias the fit, but the ordering survives.
    DiligenceModel.Final fin =
        DiligenceModel.fitFinal(p, init, 1e-3, 1e-3, DiligenceModel.Solver.EXACT, 1);
    assertThat(Stats.pearson(toDouble(fin.noteIntercept()), toDouble(truth.noteIntercept)))
        .isGreaterThan(0.7);
    assertThat(Stats.pearson(toDouble(fin.noteFactor()), toDouble(truth.noteFactor)))
        .isGreaterThan(0.7);
  }

  @Test
  void carriesPrescoringParametersOverToAnotherSlice() {
    int n = 4;
    RatingTable t = new RatingTable(new int[] {0, 1, 2, 2}, new long[n], new int[] {0, 1, 1, 2},
        new long[n], new byte[n], new int[n], new byte[n], new byte[n], new long[n],
        new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
    CompactIndex preIndex = CompactIndex.of(t, new int[] {0, 1}, 3, 3); // notes 0,1 raters 0,1
    CompactIndex finIndex = CompactIndex.of(t, new int[] {1, 2, 3}, 3, 3); // notes 1,2 raters 1,2
    ReputationParams x = new ReputationParams(new float[] {1, 2}, new float[] {3, 4},
        new float[] {5, 6}, new float[] {7, 8}, new float[] {9, 10}, 0);
    DiligenceModel.Prescoring pre = new DiligenceModel.Prescoring(x, new float[] {11, 12},
        new float[] {13, 14}, new DiligenceModel.GlobalIntercepts(1, 2, 3));
    DiligenceModel.FinalInit init = DiligenceModel.FinalInit.from(pre, preIndex, finIndex);
    assertThat(init.noteFactor()).containsExactly(4f, Float.NaN);
    assertThat(init.noteInterceptRound2()).containsExactly(12f, Float.NaN);
    assertThat(init.raterIntercept()).containsExactly(6f, Float.NaN);
    assertThat(init.raterInterceptRound2()).containsExactly(14f, Float.NaN);
    assertThat(init.raterFactor()).containsExactly(8f, Float.NaN);
    assertThat(init.raterReputation()).containsExactly(10f, Float.NaN);
  }

  private static DiligenceModel.FinalInit initOf(DiligenceModel.Prescoring pre) {
    ReputationParams x = pre.params();
    return new DiligenceModel.FinalInit(x.noteFactor, pre.noteInterceptRound2(),
        x.raterIntercept, pre.raterInterceptRound2(), x.raterFactor, x.raterReputation,
        pre.global());
  }

  private static DiligenceModel.Prescoring copy(DiligenceModel.Prescoring pre) {
    return new DiligenceModel.Prescoring(pre.params().copy(), pre.noteInterceptRound2().clone(),
        pre.raterInterceptRound2().clone(), pre.global());
  }

  static double[] toDouble(float[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
