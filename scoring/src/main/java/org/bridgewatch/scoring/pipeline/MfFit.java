package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.mf.MfInit;
import org.bridgewatch.scoring.mf.MfParams;
import org.bridgewatch.scoring.mf.MfProblem;
import org.bridgewatch.scoring.model.CompactIndex;
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
    MfProblem.Entries entries = new MfProblem.Entries() {
      @Override
      public int size() {
        return rows.length;
      }

      @Override
      public int note(int k) {
        return index.localNote(ratings.note[rows[k]]);
      }

      @Override
      public int rater(int k) {
        return index.localRater(ratings.rater[rows[k]]);
      }

      @Override
      public float target(int k) {
        return helpfulNum[rows[k]];
      }
    };
    return new MfFit(
        rows, index, MfProblem.of(index.noteCount(), index.raterCount(), entries));
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
