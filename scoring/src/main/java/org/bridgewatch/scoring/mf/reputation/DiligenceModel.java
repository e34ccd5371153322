package org.bridgewatch.scoring.mf.reputation;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.mf.ChunkRunner;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.CompactIndex;

/**
 * The low-diligence model (ranking-notes "low diligence" / the reference's diligence reputation
 * MF). Target: whether a rating carries any of the tags notHelpfulIncorrect,
 * notHelpfulSourcesMissingOrUnreliable, notHelpfulIrrelevantSources. Model: {@code logit = f_n f_u
 * + b_n rep_u + b_u + mu}, BCE-with-logits loss, L2 lambda 0.03 (note intercept x1, rater
 * intercept x10, reputation x50, global x0).
 *
 * <p>Prescoring (three rounds on the final-round ratings, rater factors started from the
 * final-round helpfulness MF): (1) everything but reputation, positives weighted 100; (2)
 * everything but the note intercept; (3) note and rater intercepts and mu only, positives
 * weighted 500, each rating scaled by its rater's smoothed sqrt reputation and the note's weight
 * total^-0.5. Final scoring refits the notes with the rater side frozen: note factors under the
 * round-2 objective (round-2 intercepts and mu), then note intercepts under the round-3 objective
 * (final rater intercepts and mu), with the regularization means replaced by the prescoring
 * ratings-per-note / ratings-per-user ratios.
 */
public final class DiligenceModel {
  /**
   * Chunk size of this model's parallel passes. It fixes the order of its reductions, so it stays
   * what the model was validated with (the fits use a smaller one).
   */
  static final int CHUNK = 2048;

  static final double L2_LAMBDA = 0.03;
  static final double NOTE_INTERCEPT_MULTIPLIER = 1;
  static final double RATER_INTERCEPT_MULTIPLIER = 10;
  static final double GLOBAL_MULTIPLIER = 0;
  static final double REPUTATION_MULTIPLIER = 50;
  static final double THIRD_ROUND_LAMBDA_MULTIPLIER = 1;
  static final double THIRD_ROUND_NOTE_INTERCEPT_MULTIPLIER = 1;
  static final double POS_WEIGHT = 100;
  static final double SECOND_ROUND_POS_MULTIPLIER = 1;
  static final double THIRD_ROUND_POS_MULTIPLIER = 5;
  static final double THIRD_ROUND_NOTE_NORM_EXP = -0.5;
  static final double REPUTATION_EXP = 0.5;
  static final double ALPHA = 0.1;
  /** The reference's optimizer schedule: Adam lr 0.2, 300 epochs, stop at |dloss| < 1e-5 / 5. */
  public static final AdamRound.Schedule SCHEDULE = new AdamRound.Schedule(0.2, 300, 1e-5, 5);

  /** How the final-scoring rounds are solved. */
  public enum Solver {
    /** The reference's Adam schedule, early stop included (the default; closest to it). */
    REFERENCE_ADAM,
    /** Each note's convex problem solved to its optimum. */
    EXACT
  }

  /** The global intercept after each prescoring round. */
  public record GlobalIntercepts(float firstRound, float secondRound, float finalRound) {}

  /**
   * Prescoring output over the problem's local indexes: final parameters, plus the note and rater
   * intercepts after round 2, which final scoring starts from.
   */
  public record Prescoring(ReputationParams params, float[] noteInterceptRound2,
      float[] raterInterceptRound2, GlobalIntercepts global) {}

  /**
   * What final scoring takes from prescoring, over the final problem's local indexes; NaN (or a
   * null array) means absent and starts at 0, like the reference's defaults (reputation 0 too).
   */
  public record FinalInit(float[] noteFactor, float[] noteInterceptRound2, float[] raterIntercept,
      float[] raterInterceptRound2, float[] raterFactor, float[] raterReputation,
      GlobalIntercepts global) {

    /** Carries prescoring parameters over to another slice of the same notes and raters. */
    public static FinalInit from(Prescoring pre, CompactIndex preIndex, CompactIndex finalIndex) {
      ReputationParams x = pre.params();
      return new FinalInit(
          notes(x.noteFactor, preIndex, finalIndex),
          notes(pre.noteInterceptRound2(), preIndex, finalIndex),
          raters(x.raterIntercept, preIndex, finalIndex),
          raters(pre.raterInterceptRound2(), preIndex, finalIndex),
          raters(x.raterFactor, preIndex, finalIndex),
          raters(x.raterReputation, preIndex, finalIndex),
          pre.global());
    }

    private static float[] notes(float[] local, CompactIndex from, CompactIndex to) {
      float[] out = new float[to.noteCount()];
      for (int i = 0; i < out.length; i++) {
        int j = from.localNote(to.globalNote[i]);
        out[i] = j < 0 ? Float.NaN : local[j];
      }
      return out;
    }

    private static float[] raters(float[] local, CompactIndex from, CompactIndex to) {
      float[] out = new float[to.raterCount()];
      for (int i = 0; i < out.length; i++) {
        int j = from.localRater(to.globalRater[i]);
        out[i] = j < 0 ? Float.NaN : local[j];
      }
      return out;
    }
  }

  /** Final-scoring note parameters over the final problem's local indexes. */
  public record Final(float[] noteIntercept, float[] noteFactor) {}

  private DiligenceModel() {}

  /** 1 when the rating has any low-diligence tag, else 0 (the reference's clipped tag sum). */
  public static float target(RatingTable ratings, int r) {
    return ratings.hasTag(r, RatingTag.NOT_HELPFUL_INCORRECT)
        || ratings.hasTag(r, RatingTag.NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE)
        || ratings.hasTag(r, RatingTag.NOT_HELPFUL_IRRELEVANT_SOURCES) ? 1f : 0f;
  }

  /** The model's problem for the given rating rows, over the index's local notes and raters. */
  public static ReputationProblem problem(RatingTable ratings, int[] rows, CompactIndex index) {
    int[] note = new int[rows.length];
    int[] rater = new int[rows.length];
    float[] target = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      note[i] = index.localNote(ratings.note[r]);
      rater[i] = index.localRater(ratings.rater[r]);
      target[i] = target(ratings, r);
    }
    return ReputationProblem.of(index.noteCount(), index.raterCount(), note, rater, target);
  }

  /**
   * Prescoring fit. Note intercepts and factors and rater intercepts start from a seeded standard
   * normal draw, as the reference's embedding tables do (its draws come from torch's generator, so
   * the start is equally distributed, not identical); reputations start at 1.
   *
   * @param raterFactorInit per local rater, the final-round helpfulness MF's rater factor (NaN =
   *     0); null draws rater factors at random too
   */
  public static Prescoring fitPrescoring(ReputationProblem p, float[] raterFactorInit, long seed,
      int threads) {
    ReputationParams x = initialPrescoring(p, raterFactorInit, seed);
    try (ChunkRunner chunks = new ChunkRunner(threads, CHUNK, "reputation-mf-worker")) {
      ReputationRound.Penalty pen = penalty(p, L2_LAMBDA, NOTE_INTERCEPT_MULTIPLIER, Double.NaN,
          Double.NaN);
      float[] classWeights = DiligenceWeights.classWeighted(p, POS_WEIGHT);
      AdamRound.train(p, x, new ReputationRound(EnumSet.of(Block.NOTE_INTERCEPT,
          Block.NOTE_FACTOR, Block.RATER_INTERCEPT, Block.RATER_FACTOR, Block.GLOBAL),
          classWeights, pen), SCHEDULE, chunks);
      float global1 = x.globalIntercept;

      float[] round2Weights =
          DiligenceWeights.classWeighted(p, POS_WEIGHT * SECOND_ROUND_POS_MULTIPLIER);
      AdamRound.train(p, x, new ReputationRound(EnumSet.of(Block.NOTE_FACTOR, Block.RATER_FACTOR,
          Block.RATER_INTERCEPT, Block.RATER_REPUTATION, Block.GLOBAL), round2Weights, pen),
          SCHEDULE, chunks);
      float global2 = x.globalIntercept;
      float[] noteIntercept2 = x.noteIntercept.clone();
      float[] raterIntercept2 = x.raterIntercept.clone();

      AdamRound.train(p, x, thirdRound(p, x.raterReputation, Double.NaN, Double.NaN),
          SCHEDULE, chunks);
      return new Prescoring(x, noteIntercept2, raterIntercept2,
          new GlobalIntercepts(global1, global2, x.globalIntercept));
    }
  }

  /**
   * Final-scoring fit of the note parameters, the rater side and mu frozen from prescoring.
   *
   * @param ratingsPerNoteLossRatio prescoring final-round ratings / notes
   * @param ratingsPerUserLossRatio prescoring final-round ratings / raters
   */
  public static Final fitFinal(ReputationProblem p, FinalInit init,
      double ratingsPerNoteLossRatio, double ratingsPerUserLossRatio, Solver solver,
      int threads) {
    ReputationParams x = new ReputationParams(
        orZero(init.noteInterceptRound2(), p.nNotes),
        orZero(init.noteFactor(), p.nNotes),
        orZero(init.raterInterceptRound2(), p.nRaters),
        orZero(init.raterFactor(), p.nRaters),
        orZero(init.raterReputation(), p.nRaters),
        init.global().secondRound());
    try (ChunkRunner chunks = new ChunkRunner(threads, CHUNK, "reputation-mf-worker")) {
      ReputationRound noteFactors = new ReputationRound(EnumSet.of(Block.NOTE_FACTOR),
          DiligenceWeights.classWeighted(p, POS_WEIGHT * SECOND_ROUND_POS_MULTIPLIER),
          penalty(p, L2_LAMBDA, NOTE_INTERCEPT_MULTIPLIER, ratingsPerNoteLossRatio,
              ratingsPerUserLossRatio));
      run(p, x, noteFactors, solver, chunks);

      x.globalIntercept = init.global().finalRound();
      float[] raterIntercept = orZero(init.raterIntercept(), p.nRaters);
      System.arraycopy(raterIntercept, 0, x.raterIntercept, 0, p.nRaters);
      ReputationRound noteIntercepts = thirdRound(p, x.raterReputation, ratingsPerNoteLossRatio,
          ratingsPerUserLossRatio);
      noteIntercepts = new ReputationRound(EnumSet.of(Block.NOTE_INTERCEPT),
          noteIntercepts.weights(), noteIntercepts.penalty());
      run(p, x, noteIntercepts, solver, chunks);
      return new Final(x.noteIntercept, x.noteFactor);
    }
  }

  private static void run(ReputationProblem p, ReputationParams x, ReputationRound round,
      Solver solver, ChunkRunner chunks) {
    if (solver == Solver.EXACT) {
      NoteBlockSolver.solve(p, x, round, chunks);
    } else {
      AdamRound.train(p, x, round, SCHEDULE, chunks);
    }
  }

  /** Round 3: intercepts and mu under reputation-weighted, note-normalized loss. */
  static ReputationRound thirdRound(ReputationProblem p, float[] reputation, double perNote,
      double perUser) {
    float[] w = DiligenceWeights.reputationWeighted(p, POS_WEIGHT * THIRD_ROUND_POS_MULTIPLIER,
        reputation, REPUTATION_EXP, ALPHA, THIRD_ROUND_NOTE_NORM_EXP);
    return new ReputationRound(
        EnumSet.of(Block.NOTE_INTERCEPT, Block.RATER_INTERCEPT, Block.GLOBAL), w,
        penalty(p, L2_LAMBDA * THIRD_ROUND_LAMBDA_MULTIPLIER,
            NOTE_INTERCEPT_MULTIPLIER * THIRD_ROUND_NOTE_INTERCEPT_MULTIPLIER, perNote, perUser));
  }

  /**
   * The reference's regularization: each block's squared sum over its row count (a mean), or
   * over ratings / ratio when a loss ratio is given (its "simulated" row count).
   */
  static ReputationRound.Penalty penalty(ReputationProblem p, double lambda,
      double noteInterceptMultiplier, double perNoteRatio, double perUserRatio) {
    double notes = Double.isNaN(perNoteRatio) ? p.nNotes : p.size / perNoteRatio;
    double raters = Double.isNaN(perUserRatio) ? p.nRaters : p.size / perUserRatio;
    return new ReputationRound.Penalty(
        lambda * noteInterceptMultiplier / notes,
        lambda / notes,
        lambda * RATER_INTERCEPT_MULTIPLIER / raters,
        lambda / raters,
        lambda * REPUTATION_MULTIPLIER / raters,
        lambda * GLOBAL_MULTIPLIER);
  }

  static ReputationParams initialPrescoring(ReputationProblem p, float[] raterFactorInit,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] noteFactor = gaussian(random, p.nNotes);
    float[] raterFactor = gaussian(random, p.nRaters);
    float[] noteIntercept = gaussian(random, p.nNotes);
    float[] raterIntercept = gaussian(random, p.nRaters);
    if (raterFactorInit != null) {
      raterFactor = orZero(raterFactorInit, p.nRaters);
    }
    float[] reputation = new float[p.nRaters];
    java.util.Arrays.fill(reputation, 1f);
    return new ReputationParams(noteIntercept, noteFactor, raterIntercept, raterFactor,
        reputation, 0f);
  }

  private static float[] gaussian(SplittableRandom random, int n) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = (float) random.nextGaussian();
    }
    return out;
  }

  private static float[] orZero(float[] values, int n) {
    float[] out = new float[n];
    if (values == null) {
      return out;
    }
    if (values.length != n) {
      throw new IllegalArgumentException(
          "initialization has " + values.length + " entries, expected " + n);
    }
    for (int i = 0; i < n; i++) {
      out[i] = Float.isNaN(values[i]) ? 0f : values[i];
    }
    return out;
  }
}
