package org.bridgewatch.scoring.gaussian;

import java.util.Arrays;
import org.bridgewatch.scoring.mf.MatrixFactorizer;
import org.bridgewatch.scoring.mf.MfInit;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.MfProblem;
import org.bridgewatch.scoring.mf.MfResult;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * The Gaussian scorers' note factor (the reference's "gaussianNoteFactorMF" run): a matrix
 * factorization over the final-round ratings with the prescoring rater parameters and global
 * intercept frozen, note regularization scaled by prescoring's ratings-per-note ratio, and no
 * factor flip. With raters frozen each note's (intercept, factor) is an independent convex fit,
 * so the start only affects the path, not the result.
 */
final class MfNoteFactor {
  private MfNoteFactor() {}

  /** Note factor per note index, NaN for notes without final-round ratings. */
  static float[] fit(
      RatingTable ratings,
      int[] rows,
      float[] helpfulNum,
      CorePrescoring pre,
      long seed,
      int threads,
      int noteCount,
      int participantCount) {
    int[] localNote = new int[noteCount];
    int[] localRater = new int[participantCount];
    Arrays.fill(localNote, -1);
    Arrays.fill(localRater, -1);
    for (int r : rows) {
      localNote[ratings.note[r]] = 0;
      localRater[ratings.rater[r]] = 0;
    }
    int[] globalNote = number(localNote);
    int[] globalRater = number(localRater);
    int n = rows.length;
    int[] note = new int[n];
    int[] rater = new int[n];
    float[] target = new float[n];
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      note[i] = localNote[ratings.note[r]];
      rater[i] = localRater[ratings.rater[r]];
      target[i] = helpfulNum[r];
    }
    MfProblem problem = MfProblem.of(globalNote.length, globalRater.length, note, rater, target);
    MfInit init =
        new MfInit(
            gather(pre.noteIntercept(), globalNote),
            gather(pre.noteFactor(), globalNote),
            gather(pre.raterIntercept(), globalRater),
            gather(pre.raterFactor(), globalRater),
            pre.globalIntercept());
    if (pre.noteIntercept() == null || pre.noteFactor() == null) {
      init = new MfInit(new float[globalNote.length], new float[globalNote.length],
          init.raterIntercept(), init.raterFactor(), init.globalIntercept());
    }
    MfOptions options =
        MfOptions.defaults()
            .withFrozen(false, true, true)
            .withLossRatios(pre.finalRoundNumRatings() / pre.finalRoundNumNotes(), Double.NaN)
            .withFlip(false)
            .withSeed(seed)
            .withThreads(threads);
    MfResult result = MatrixFactorizer.fit(problem, options, init);
    float[] out = new float[noteCount];
    Arrays.fill(out, Float.NaN);
    for (int k = 0; k < globalNote.length; k++) {
      out[globalNote[k]] = result.params().noteFactor[k];
    }
    return out;
  }

  private static int[] number(int[] local) {
    int count = 0;
    for (int i = 0; i < local.length; i++) {
      if (local[i] == 0) {
        local[i] = count++;
      }
    }
    int[] global = new int[count];
    for (int i = 0; i < local.length; i++) {
      if (local[i] >= 0) {
        global[local[i]] = i;
      }
    }
    return global;
  }

  private static float[] gather(float[] byGlobal, int[] global) {
    if (byGlobal == null) {
      return null;
    }
    float[] out = new float[global.length];
    for (int k = 0; k < global.length; k++) {
      out[k] = byGlobal[global[k]];
    }
    return out;
  }
}
