package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.mf.MfInit;
import org.bridgewatch.scoring.mf.MfParams;
import org.bridgewatch.scoring.mf.MfProblem;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * A matrix factorization problem over one set of rating rows, with the mapping between its compact
 * indexes and the run's note and participant indexes.
 */
final class MfFit {
  final int[] rows;
  final CompactIndex index;
  final MfProblem problem;

  private MfFit(int[] rows, CompactIndex index, MfProblem problem) {
    this.rows = rows;
    this.index = index;
    this.problem = problem;
  }

  /** Builds the problem; the target of each row is its helpfulNum. */
  static MfFit of(RatingTable ratings, int[] rows, float[] helpfulNum, int notes, int raters) {
    CompactIndex index = CompactIndex.of(ratings, rows, notes, raters);
    int[] note = new int[rows.length];
    int[] rater = new int[rows.length];
    float[] target = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      note[i] = index.localNote(ratings.note[r]);
      rater[i] = index.localRater(ratings.rater[r]);
      target[i] = helpfulNum[r];
    }
    return new MfFit(
        rows, index, MfProblem.of(index.noteCount(), index.raterCount(), note, rater, target));
  }

  /** Starting values gathered from run-wide arrays (NaN entries start at zero). */
  MfInit init(ModelParams from, Float globalIntercept, boolean withNotes, boolean withRaters) {
    return new MfInit(
        withNotes ? gatherNotes(from.noteIntercept()) : null,
        withNotes ? gatherNotes(from.noteFactor()) : null,
        withRaters ? gatherRaters(from.raterIntercept()) : null,
        withRaters ? gatherRaters(from.raterFactor()) : null,
        globalIntercept);
  }

  float[] gatherNotes(float[] byNote) {
    float[] out = new float[index.noteCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byNote[index.globalNote[i]];
    }
    return out;
  }

  boolean[] gatherRaterFlags(boolean[] byParticipant) {
    boolean[] out = new boolean[index.raterCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byParticipant[index.globalRater[i]];
    }
    return out;
  }

  float[] gatherRaters(float[] byParticipant) {
    float[] out = new float[index.raterCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byParticipant[index.globalRater[i]];
    }
    return out;
  }

  /** Spreads fitted parameters to run-wide arrays (NaN where absent). */
  ModelParams spread(MfParams params, int notes, int raters) {
    return new ModelParams(
        index.notesToGlobal(params.noteIntercept, notes),
        index.notesToGlobal(params.noteFactor, notes),
        index.ratersToGlobal(params.raterIntercept, raters),
        index.ratersToGlobal(params.raterFactor, raters),
        params.globalIntercept);
  }

}
