package org.bridgewatch.scoring.mf;

/**
 * How to fit: the objective (loss, regularization, normalization), what is frozen, and the
 * solver's knobs. {@link #defaults()} are the reference MatrixFactorization constructor's
 * defaults: intercept lambdas 0.03*5 (note, rater and global), factor lambdas 0.03, no diamond
 * term, squared error, a global intercept, factors flipped for identification.
 *
 * <p>{@code ratingPerNoteLossRatio} / {@code ratingPerUserLossRatio} are NaN when absent; when
 * given, the note (rater) regularization sums are divided by {@code ratings / ratio} instead of
 * being averaged over the notes (raters), as in the final-scoring run.
 *
 * <p>{@code tolerance} ends the fit when no parameter moved more than it in one sweep;
 * {@code maxIterations} caps the sweeps. {@code objectiveTolerance}, when not NaN, also ends it
 * after a full sweep that changed the objective (the reference's loss: mean data loss plus
 * regularization) by at most that much: the reference's own stopping rule, which ends its Adam
 * loop when the loss changes by at most 1e-7 between steps.
 */
public record MfOptions(
    double noteInterceptLambda,
    double raterInterceptLambda,
    double globalInterceptLambda,
    double noteFactorLambda,
    double raterFactorLambda,
    double diamondLambda,
    boolean useGlobalIntercept,
    MfLoss loss,
    boolean freezeNotes,
    boolean freezeRaters,
    boolean freezeGlobal,
    double ratingPerNoteLossRatio,
    double ratingPerUserLossRatio,
    NormalizedLossHyperparameters normalizedLoss,
    boolean flipForIdentification,
    long seed,
    int threads,
    double tolerance,
    int maxIterations,
    double objectiveTolerance) {

  public static final double DEFAULT_LAMBDA = 0.03;

  /** The reference MatrixFactorization's convergence: loss change between steps. */
  public static final double REFERENCE_LOSS_CONVERGENCE = 1e-7;

  public MfOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    if (diamondLambda != 0 && !(loss instanceof MfLoss.SquaredError)) {
      throw new IllegalArgumentException("the diamond term is only supported with squared error");
    }
  }

  public static MfOptions defaults() {
    return new MfOptions(
        DEFAULT_LAMBDA * 5,
        DEFAULT_LAMBDA * 5,
        DEFAULT_LAMBDA * 5,
        DEFAULT_LAMBDA,
        DEFAULT_LAMBDA,
        0,
        true,
        MfLoss.SQUARED_ERROR,
        false,
        false,
        false,
        Double.NaN,
        Double.NaN,
        null,
        true,
        0L,
        1,
        1e-7,
        20_000,
        REFERENCE_LOSS_CONVERGENCE);
  }

  public MfOptions withLambdas(
      double noteIntercept,
      double raterIntercept,
      double globalIntercept,
      double noteFactor,
      double raterFactor,
      double diamond) {
    return new MfOptions(
        noteIntercept, raterIntercept, globalIntercept, noteFactor, raterFactor, diamond,
        useGlobalIntercept, loss, freezeNotes, freezeRaters, freezeGlobal,
        ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss, flipForIdentification,
        seed, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withGlobalIntercept(boolean use) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, use, loss, freezeNotes, freezeRaters, freezeGlobal,
        ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss, flipForIdentification,
        seed, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withLoss(MfLoss l) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, l, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss,
        flipForIdentification, seed, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withFrozen(boolean notes, boolean raters, boolean global) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, notes, raters, global,
        ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss, flipForIdentification,
        seed, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withLossRatios(double perNote, double perUser) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, perNote, perUser, normalizedLoss, flipForIdentification, seed, threads,
        tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withNormalizedLoss(NormalizedLossHyperparameters h) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, h, flipForIdentification,
        seed, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withFlip(boolean flip) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss, flip, seed,
        threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withSeed(long s) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss,
        flipForIdentification, s, threads, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withThreads(int t) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss,
        flipForIdentification, seed, t, tolerance, maxIterations, objectiveTolerance);
  }

  public MfOptions withConvergence(double tol, int maxIter) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss,
        flipForIdentification, seed, threads, tol, maxIter, objectiveTolerance);
  }

  /** Also stop once a full sweep changes the objective by at most {@code tol} (NaN: never). */
  public MfOptions withObjectiveTolerance(double tol) {
    return new MfOptions(
        noteInterceptLambda, raterInterceptLambda, globalInterceptLambda, noteFactorLambda,
        raterFactorLambda, diamondLambda, useGlobalIntercept, loss, freezeNotes, freezeRaters,
        freezeGlobal, ratingPerNoteLossRatio, ratingPerUserLossRatio, normalizedLoss,
        flipForIdentification, seed, threads, tolerance, maxIterations, tol);
  }
}
