package org.bridgewatch.scoring.mf;

import java.util.SplittableRandom;

/**
 * Fits the Community Notes matrix factorization (ranking-notes "Matrix Factorization"): rating ~
 * mu + i_u + i_n + f_u f_n with one-dimensional factors, minimizing the reference's objective
 *
 * <pre>
 *   mean_r w_r loss(pred_r, y_r)
 *   + lambda_fu * sum f_u^2 / Du + lambda_iu * sum i_u^2 / Du
 *   + lambda_fn * sum f_n^2 / Dn + lambda_in * sum i_n^2 / Dn + lambda_d * sum |f_n i_n| / Dn
 *   + lambda_mu * mu^2
 * </pre>
 *
 * where Du (Dn) is the number of raters (notes), or ratings / ratingPerUserLossRatio
 * (ratingPerNoteLossRatio) when that ratio is given. The reference gets there with full-batch Adam;
 * this solver uses block coordinate descent: every note's (i_n, f_n) is solved exactly with the
 * raters fixed, then every rater's, then mu, until no parameter moves by more than the tolerance.
 * Each step lowers the objective, so it reaches the same stationary point the reference aims at,
 * to a tighter precision. Two things keep the sweep count low at scale: exact moves along the
 * directions that leave predictions unchanged ({@link InvariantDirections}), and sweeps that
 * re-solve only blocks whose neighbours moved ({@link ActiveBlocks}), with a full sweep to end.
 */
public final class MatrixFactorizer {
  private static final System.Logger LOG = System.getLogger(MatrixFactorizer.class.getName());

  private MatrixFactorizer() {}

  public static MfResult fit(MfProblem problem, MfOptions options, MfParams init) {
    return fit(problem, options, MfInit.of(init));
  }

  /**
   * Fits the model. With normalized-loss hyperparameters this is the reference's two-stage run: an
   * unweighted fit whose (identified) rater factors set the rating weights, then a weighted fit
   * from fresh note parameters, the given rater initialization and a zero global intercept. The
   * reference builds a new model for the second stage, which drops its parameter freezing; so
   * does this.
   *
   * <p>Sweeps are over-relaxed ({@link Extrapolation}): on large rating graphs the factor mode
   * emerges like a power iteration whose ratio nears 1 (a 10M-rating initialization fit took 1,772
   * plain sweeps), and the objective-checked jumps reach the same optimum in far fewer.
   */
  public static MfResult fit(MfProblem problem, MfOptions options, MfInit init) {
    return fit(problem, options, init, true);
  }

  /**
   * As {@link #fit(MfProblem, MfOptions, MfInit)}; with {@code extrapolate}, sweeps are
   * over-relaxed ({@link Extrapolation}): the same optimum, reached in far fewer sweeps when the
   * plain iteration contracts slowly, but not bit-identical to the plain fit.
   */
  static MfResult fit(MfProblem problem, MfOptions options, MfInit init, boolean extrapolate) {
    if (options.normalizedLoss() == null) {
      return fitOnce(problem, options, init, extrapolate);
    }
    MfResult first = fitOnce(problem, options, init, extrapolate);
    float[] weights =
        NormalizedLossWeights.compute(problem, first.params().raterFactor, options.normalizedLoss());
    MfProblem weighted = problem.withWeights(weights);
    MfInit second =
        new MfInit(null, null, init.raterIntercept(), init.raterFactor(), null);
    return fitOnce(weighted, options.withFrozen(false, false, false), second, extrapolate);
  }

  private static MfResult fitOnce(MfProblem p, MfOptions o, MfInit init, boolean extrapolate) {
    long startNanos = System.nanoTime();
    State s = State.initial(p, o, init);
    Extrapolation jumps = extrapolate ? new Extrapolation(s) : null;
    Regularization reg = Regularization.of(p, o);
    int iterations = 0;
    boolean converged = false;
    ActiveBlocks activeNotes = new ActiveBlocks(p.nNotes);
    ActiveBlocks activeRaters = new ActiveBlocks(p.nRaters);
    double threshold = o.tolerance() / 4;
    double lastObjective = Double.POSITIVE_INFINITY;
    try (ChunkRunner runner = new ChunkRunner(o.threads())) {
      double[] chunkDelta = new double[Math.max(
          ChunkRunner.chunkCount(p.nNotes), ChunkRunner.chunkCount(p.nRaters))];
      while (iterations < o.maxIterations()) {
        double delta = 0;
        if (jumps != null) {
          jumps.beforeSweep(s);
        }
        if (iterations > 0) {
          delta = InvariantDirections.apply(o, s, reg);
          if (delta > threshold) {
            activeNotes.markAll();
            activeRaters.markAll();
          }
        }
        boolean full = true;
        double measuredObjective = Double.NaN; // this sweep's objective for the loss rule, if known
        if (!o.freezeNotes()) {
          full &= activeNotes.all();
          delta = Math.max(delta,
              sweepNotes(p, o, s, reg, runner, chunkDelta, activeNotes, threshold));
          activeNotes.propagate(p.noteStart, p.raterByNote, activeRaters);
          activeNotes.endSweep();
        }
        if (!o.freezeRaters()) {
          full &= activeRaters.all();
          delta = Math.max(delta,
              sweepRaters(p, o, s, reg, runner, chunkDelta, activeRaters, threshold));
          activeRaters.propagate(p.raterStart, p.noteByRater, activeNotes);
          activeRaters.endSweep();
        }
        if (!o.freezeGlobal() && o.useGlobalIntercept()) {
          double before = s.mu;
          GlobalIntercept.Step step = GlobalIntercept.step(p, o, s, reg, runner);
          s.mu = step.lossMu();
          measuredObjective = step.dataLoss() / p.size + reg.penalty(s, o.useGlobalIntercept());
          s.mu = step.mu();
          double change = Math.abs(s.mu - before);
          delta = Math.max(delta, change);
          if (change > threshold) {
            activeNotes.markAll();
            activeRaters.markAll();
          }
        }
        iterations++;
        int sweep = iterations;
        double moved = delta;
        boolean wasFull = full;
        LOG.log(System.Logger.Level.TRACE, () -> String.format(
            "MF sweep %d%s: largest parameter change %.3g, mu %.6f, moved %d notes %d raters",
            sweep, wasFull ? "" : " (active blocks)", moved, s.mu, activeNotes.lastMoved(),
            activeRaters.lastMoved()));
        double objectiveNow = Double.NaN;
        if (full && !Double.isNaN(o.objectiveTolerance())) {
          // The rule compares one objective a sweep; it may be measured just before the global
          // intercept's last step (a logistic step that needed no check), which is as good a
          // point of the sweep as its end, and saves a pass over the ratings.
          double objective = Double.isNaN(measuredObjective)
              ? objective(p, o, s, reg, runner)
              : measuredObjective;
          // When measured before the global step, that step (a guaranteed descent) only lowered
          // it: jumps are then kept when they beat this upper bound of the current objective, so
          // the objectives the rule compares still go down sweep after sweep.
          objectiveNow = objective;
          double change = Math.abs(lastObjective - objective);
          lastObjective = objective;
          LOG.log(System.Logger.Level.TRACE, () -> String.format(
              "MF sweep %d: objective %.12g, change %.3g", sweep, objective, change));
          if (change <= o.objectiveTolerance()) {
            converged = true;
            break;
          }
        }
        if (delta <= o.tolerance()) {
          if (full) {
            converged = true;
            break;
          }
          // Only a full sweep may end the fit: the skipped blocks are checked next.
          activeNotes.markAll();
          activeRaters.markAll();
        }
        if (jumps != null) {
          int acceptedBefore = jumps.accepted();
          jumps.afterSweep(p, o, s, reg, runner, objectiveNow);
          if (jumps.accepted() != acceptedBefore) {
            activeNotes.markAll();
            activeRaters.markAll();
          }
        }
      }
      int sweeps = iterations;
      boolean done = converged;
      long millis = (System.nanoTime() - startNanos) / 1_000_000;
      LOG.log(System.Logger.Level.DEBUG, () -> String.format(
          "MF fit: %d notes, %d raters, %d ratings, %s, %d sweeps, converged=%s%s, %d ms",
          p.nNotes, p.nRaters, p.size, o.loss(), sweeps, done,
          jumps == null ? "" : ", jumps " + jumps.accepted() + "/" + jumps.tried(), millis));
      MfParams params = s.toParams();
      if (o.flipForIdentification()) {
        Identification.flipIfNeeded(params);
      }
      double[] losses = Objective.losses(p, o.loss(), s, o.useGlobalIntercept(), runner);
      double objective = losses[0] / p.size + reg.penalty(s, o.useGlobalIntercept());
      return new MfResult(params, losses[1] / p.size, objective, iterations, converged);
    }
  }

  /** The reference's loss: mean (weighted) data loss plus the regularization. */
  private static double objective(MfProblem p, MfOptions o, State s, Regularization reg,
      ChunkRunner runner) {
    double[] losses = Objective.losses(p, o.loss(), s, o.useGlobalIntercept(), runner);
    return losses[0] / p.size + reg.penalty(s, o.useGlobalIntercept());
  }

  private static double sweepNotes(MfProblem p, MfOptions o, State s, Regularization reg,
      ChunkRunner runner, double[] chunkDelta, ActiveBlocks active, double threshold) {
    BlockSolver.Side side = new BlockSolver.Side(
        p.raterByNote, p.targetByNote, p.weightByNote, s.packRaters());
    return sweep(new Blocks(p.nNotes, p.noteStart, s.noteIntercept, s.noteFactor,
            reg.noteIntercept, reg.noteFactor, reg.diamond),
        side, s.effectiveMu(o.useGlobalIntercept()), o.loss(), runner, chunkDelta, active,
        threshold);
  }

  private static double sweepRaters(MfProblem p, MfOptions o, State s, Regularization reg,
      ChunkRunner runner, double[] chunkDelta, ActiveBlocks active, double threshold) {
    BlockSolver.Side side = new BlockSolver.Side(
        p.noteByRater, p.targetByRater, p.weightByRater, s.packNotes());
    return sweep(new Blocks(p.nRaters, p.raterStart, s.raterIntercept, s.raterFactor,
            reg.raterIntercept, reg.raterFactor, 0),
        side, s.effectiveMu(o.useGlobalIntercept()), o.loss(), runner, chunkDelta, active,
        threshold);
  }

  /** One side's blocks: their rating ranges, parameters and penalty coefficients. */
  private record Blocks(int count, int[] start, double[] intercept, double[] factor,
      double interceptPenalty, double factorPenalty, double diamondPenalty) {}

  /** Solves every active block of one side against the other side; the largest change. */
  private static double sweep(Blocks b, BlockSolver.Side side, double base, MfLoss loss,
      ChunkRunner runner, double[] chunkDelta, ActiveBlocks active, double threshold) {
    runner.run(b.count(), (chunk, from, to) -> {
      double[] ab = new double[2];
      double d = 0;
      for (int i = from; i < to; i++) {
        if (!active.needsSolve(i)) {
          continue;
        }
        ab[0] = b.intercept()[i];
        ab[1] = b.factor()[i];
        BlockSolver.solve(side, b.start()[i], b.start()[i + 1], base, b.interceptPenalty(),
            b.factorPenalty(), b.diamondPenalty(), loss, ab);
        double change = Math.max(Math.abs(ab[0] - b.intercept()[i]),
            Math.abs(ab[1] - b.factor()[i]));
        active.solved(i, change > threshold);
        d = Math.max(d, change);
        b.intercept()[i] = ab[0];
        b.factor()[i] = ab[1];
      }
      chunkDelta[chunk] = d;
    });
    return max(chunkDelta, ChunkRunner.chunkCount(b.count()));
  }

  private static double max(double[] values, int count) {
    double m = 0;
    for (int i = 0; i < count; i++) {
      m = Math.max(m, values[i]);
    }
    return m;
  }

  /** Working parameters, in double so that the iteration itself does not stall on rounding. */
  static final class State {
    final double[] noteIntercept;
    final double[] noteFactor;
    final double[] raterIntercept;
    final double[] raterFactor;
    double mu;
    private double[] raterPack;
    private double[] notePack;

    State(int nNotes, int nRaters) {
      noteIntercept = new double[nNotes];
      noteFactor = new double[nNotes];
      raterIntercept = new double[nRaters];
      raterFactor = new double[nRaters];
    }

    /**
     * The raters' (intercept, factor) pairs interleaved, copied from their current values on every
     * call (into a buffer kept for the next). Why: a pass in note order reads each rating's rater
     * at random, and one 16-byte pair is one cache miss where two arrays cost two; at 50M ratings
     * those misses, not the arithmetic, set a sweep's pace.
     */
    double[] packRaters() {
      raterPack = pack(raterIntercept, raterFactor, raterPack);
      return raterPack;
    }

    /** As {@link #packRaters()}, for the notes (read at random by a pass in rater order). */
    double[] packNotes() {
      notePack = pack(noteIntercept, noteFactor, notePack);
      return notePack;
    }

    static double[] pack(double[] intercept, double[] factor, double[] buffer) {
      double[] out = buffer != null && buffer.length == 2 * intercept.length
          ? buffer : new double[2 * intercept.length];
      for (int i = 0; i < intercept.length; i++) {
        out[2 * i] = intercept[i];
        out[2 * i + 1] = factor[i];
      }
      return out;
    }

    double effectiveMu(boolean useGlobalIntercept) {
      return useGlobalIntercept ? mu : 0;
    }

    /**
     * The reference's start: zero intercepts and Xavier-uniform factors (bound sqrt(6 / (n + 1))
     * for an n-by-1 embedding), unless given. Our generator is not torch's, so a seed gives a
     * different (equally distributed) start than the reference's seed.
     */
    static State initial(MfProblem p, MfOptions o, MfInit init) {
      State s = new State(p.nNotes, p.nRaters);
      SplittableRandom random = new SplittableRandom(o.seed());
      double raterBound = Math.sqrt(6.0 / (p.nRaters + 1));
      for (int u = 0; u < p.nRaters; u++) {
        s.raterFactor[u] = (float) ((random.nextDouble() * 2 - 1) * raterBound);
      }
      double noteBound = Math.sqrt(6.0 / (p.nNotes + 1));
      for (int n = 0; n < p.nNotes; n++) {
        s.noteFactor[n] = (float) ((random.nextDouble() * 2 - 1) * noteBound);
      }
      if (init.hasNotes()) {
        copy(init.noteIntercept(), s.noteIntercept);
        copy(init.noteFactor(), s.noteFactor);
      }
      if (init.hasRaters()) {
        copy(init.raterIntercept(), s.raterIntercept);
        copy(init.raterFactor(), s.raterFactor);
      }
      if (init.globalIntercept() != null) {
        s.mu = init.globalIntercept();
      }
      if (!o.useGlobalIntercept() && !o.freezeGlobal()) {
        // Unused in the prediction, the global intercept only feels its L2 term: its optimum is 0.
        s.mu = 0;
      }
      return s;
    }

    private static void copy(float[] from, double[] to) {
      if (from.length != to.length) {
        throw new IllegalArgumentException(
            "initialization has " + from.length + " entries, expected " + to.length);
      }
      for (int i = 0; i < to.length; i++) {
        to[i] = Float.isNaN(from[i]) ? 0 : from[i];
      }
    }

    MfParams toParams() {
      return new MfParams(toFloat(noteIntercept), toFloat(noteFactor), toFloat(raterIntercept),
          toFloat(raterFactor), (float) mu);
    }

    private static float[] toFloat(double[] values) {
      float[] out = new float[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = (float) values[i];
      }
      return out;
    }
  }
}
