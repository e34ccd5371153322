package org.bridgewatch.scoring.mf;

import java.util.Arrays;

/**
 * The reference's stable initialization (mf_base_scorer "_run_stable_matrix_factorization"):
 * without it, factors of weakly connected parts of the rating graph can flip from run to run. It
 * first fits only the ratings from raters of one modeling group (13 in production) on notes that
 * received at least 75% of their ratings, and at least 5 ratings, from that group, then fits all
 * ratings starting from that solution (notes and raters absent from the subset start at 0).
 *
 * <p>As in the reference, the subset fit uses the same lambdas but no diamond term, no normalized
 * loss and no loss ratios (its MatrixFactorization is rebuilt from a subset of the arguments);
 * both fits flip factors for identification as the options say.
 */
public final class StableInitialization {
  public static final int MODELING_GROUP = 13;
  public static final double MIN_FRACTION_FROM_GROUP = 0.75;
  public static final int MIN_RATINGS = 5;

  private StableInitialization() {}

  /**
   * Runs both fits.
   *
   * @param inGroup per rater index: the rater's modeling group is the initialization group
   * @param enrolled per rater index: the rater has an enrollment row (ratings of others are not
   *     counted at all, as the reference inner-joins ratings with enrollment); null means all
   * @throws IllegalStateException when no rating qualifies (the reference asserts)
   */
  public static MfResult fit(MfProblem problem, boolean[] inGroup, boolean[] enrolled,
      MfOptions options) {
    boolean[] noteSelected = selectNotes(problem, inGroup, enrolled);
    Subset subset = Subset.of(problem, noteSelected, inGroup);
    if (subset.problem.size == 0) {
      throw new IllegalStateException("No ratings from stable initialization modeling group.");
    }
    MfOptions subsetOptions = options
        .withLambdas(options.noteInterceptLambda(), options.raterInterceptLambda(),
            options.globalInterceptLambda(), options.noteFactorLambda(),
            options.raterFactorLambda(), 0)
        .withNormalizedLoss(null)
        .withLossRatios(Double.NaN, Double.NaN);
    MfResult initial = MatrixFactorizer.fit(subset.problem, subsetOptions, (MfParams) null);
    MfInit init = subset.expand(initial.params(), problem.nNotes, problem.nRaters);
    return MatrixFactorizer.fit(problem, options, init);
  }

  /** Notes rated mostly by the group: share >= 75% and at least 5 counted ratings. */
  public static boolean[] selectNotes(MfProblem problem, boolean[] inGroup, boolean[] enrolled) {
    boolean[] selected = new boolean[problem.nNotes];
    for (int n = 0; n < problem.nNotes; n++) {
      int total = 0;
      int fromGroup = 0;
      for (int k = problem.noteStart[n]; k < problem.noteStart[n + 1]; k++) {
        int u = problem.raterByNote[k];
        if (enrolled == null || enrolled[u]) {
          total++;
          if (inGroup[u]) {
            fromGroup++;
          }
        }
      }
      selected[n] = total >= MIN_RATINGS && (double) fromGroup / total >= MIN_FRACTION_FROM_GROUP;
    }
    return selected;
  }

  /** The group's ratings on the selected notes, re-indexed compactly. */
  private record Subset(MfProblem problem, int[] noteOf, int[] raterOf) {
    static Subset of(MfProblem p, boolean[] noteSelected, boolean[] inGroup) {
      int[] noteIndex = new int[p.nNotes];
      int[] raterIndex = new int[p.nRaters];
      Arrays.fill(noteIndex, -1);
      Arrays.fill(raterIndex, -1);
      int size = 0;
      for (int n = 0; n < p.nNotes; n++) {
        if (!noteSelected[n]) {
          continue;
        }
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          if (inGroup[p.raterByNote[k]]) {
            size++;
          }
        }
      }
      int[] note = new int[size];
      int[] rater = new int[size];
      float[] target = new float[size];
      int nNotes = 0;
      int nRaters = 0;
      int i = 0;
      for (int n = 0; n < p.nNotes; n++) {
        if (!noteSelected[n]) {
          continue;
        }
        for (int k = p.noteStart[n]; k < p.noteStart[n + 1]; k++) {
          int u = p.raterByNote[k];
          if (!inGroup[u]) {
            continue;
          }
          if (noteIndex[n] < 0) {
            noteIndex[n] = nNotes++;
          }
          if (raterIndex[u] < 0) {
            raterIndex[u] = nRaters++;
          }
          note[i] = noteIndex[n];
          rater[i] = raterIndex[u];
          target[i] = p.targetByNote[k];
          i++;
        }
      }
      return new Subset(MfProblem.of(nNotes, nRaters, note, rater, target),
          noteIndex, raterIndex);
    }

    MfInit expand(MfParams sub, int nNotes, int nRaters) {
      float[] ni = new float[nNotes];
      float[] nf = new float[nNotes];
      float[] ri = new float[nRaters];
      float[] rf = new float[nRaters];
      for (int n = 0; n < nNotes; n++) {
        if (noteOf[n] >= 0) {
          ni[n] = sub.noteIntercept[noteOf[n]];
          nf[n] = sub.noteFactor[noteOf[n]];
        }
      }
      for (int u = 0; u < nRaters; u++) {
        if (raterOf[u] >= 0) {
          ri[u] = sub.raterIntercept[raterOf[u]];
          rf[u] = sub.raterFactor[raterOf[u]];
        }
      }
      return new MfInit(ni, nf, ri, rf, sub.globalIntercept);
    }
  }
}
