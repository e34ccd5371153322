package org.bridgewatch.scoring.gaussian;

import org.bridgewatch.scoring.mf.MatrixFactorizer;
import org.bridgewatch.scoring.mf.MfInit;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.MfProblem;
import org.bridgewatch.scoring.mf.MfResult;
import org.bridgewatch.scoring.model.CompactIndex;
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
    CompactIndex index = CompactIndex.of(ratings, rows, noteCount, participantCount);
    int n = rows.length;
    int[] note = new int[n];
    int[] rater = new int[n];
    float[] target = new float[n];
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      note[i] = index.localNote(ratings.note[r]);
      rater[i] = index.localRater(ratings.rater[r]);
      target[i] = helpfulNum[r];
    }
    MfProblem problem = MfProblem.of(index.noteCount(), index.raterCount(), note, rater, target);
    // Without prescoring note parameters every note starts at zero (the fit is convex per note).
    boolean fromPrescoring = pre.noteIntercept() != null && pre.noteFactor() != null;
    MfInit init =
        new MfInit(
            fromPrescoring ? index.notesToLocal(pre.noteIntercept()) : new float[index.noteCount()],
            fromPrescoring ? index.notesToLocal(pre.noteFactor()) : new float[index.noteCount()],
            index.ratersToLocal(pre.raterIntercept()),
            index.ratersToLocal(pre.raterFactor()),
            pre.globalIntercept());
    MfOptions options =
        MfOptions.defaults()
            .withFrozen(false, true, true)
            .withLossRatios(pre.finalRoundNumRatings() / pre.finalRoundNumNotes(), Double.NaN)
            .withFlip(false)
            .withSeed(seed)
            .withThreads(threads);
    MfResult result = MatrixFactorizer.fit(problem, options, init);
    return index.notesToGlobal(result.params().noteFactor, noteCount);
  }
}
