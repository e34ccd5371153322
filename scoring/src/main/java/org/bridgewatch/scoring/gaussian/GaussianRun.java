package org.bridgewatch.scoring.gaussian;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * One kernel run over a set of ratings (the intercept part of the reference's {@code
 * _score_notes_and_users}): keep notes with enough ratings, raters with prescoring parameters and
 * (with reputation) above the helpfulness threshold; add each note author's implicit HELPFUL
 * rating; run both kernel passes.
 */
final class GaussianRun {
  final int[] finalRoundRows;
  final NoteRatings grouped;
  final GaussianIntercepts intercepts;

  private GaussianRun(int[] finalRoundRows, NoteRatings grouped, GaussianIntercepts intercepts) {
    this.finalRoundRows = finalRoundRows;
    this.grouped = grouped;
    this.intercepts = intercepts;
  }

  /** Null when no rating survives the filters (the reference returns empty frames). */
  static GaussianRun run(GaussianInput in, int[] rows, GaussianOptions o, ForkJoinPool pool) {
    int noteCount = in.notes().size;
    int[] finalRound = finalRoundRows(in, rows, o);
    if (finalRound.length == 0) {
      return null;
    }
    float[] authorFactor = authorFactors(in, finalRound, noteCount);
    NoteRatings grouped =
        NoteRatings.group(
            in.ratings(),
            finalRound,
            in.helpfulNum(),
            in.prescoring().raterFactor(),
            authorFactor,
            noteCount);
    return new GaussianRun(finalRound, grouped, GaussianIntercepts.compute(grouped, o, pool));
  }

  /**
   * Notes with at least minNumRatersPerNote ratings (the reference's filter_ratings with no rater
   * minimum), then raters with prescoring intercept and factor and, with reputation, above the
   * helpfulness threshold.
   */
  static int[] finalRoundRows(GaussianInput in, int[] rows, GaussianOptions o) {
    RatingTable t = in.ratings();
    int[] perNote = new int[in.notes().size];
    for (int r : rows) {
      if (t.note[r] >= 0) {
        perNote[t.note[r]]++;
      }
    }
    CorePrescoring pre = in.prescoring();
    int[] out = new int[rows.length];
    int n = 0;
    for (int r : rows) {
      int rater = t.rater[r];
      if (t.note[r] >= 0
          && perNote[t.note[r]] >= o.minNumRatersPerNote()
          && pre.hasParams(rater)
          && (!o.useReputation() || above(pre, rater))) {
        out[n++] = r;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean above(CorePrescoring pre, int rater) {
    return pre.aboveHelpfulnessThreshold() != null && pre.aboveHelpfulnessThreshold()[rater];
  }

  /**
   * The author's implicit HELPFUL rating (the reference's {@code _build_author_helpful_rows}): for
   * each note of the run whose author (from the status history) has a prescoring factor and did
   * not rate the note in the run, the author's factor; NaN otherwise.
   */
  static float[] authorFactors(GaussianInput in, int[] finalRound, int noteCount) {
    StatusHistoryTable h = in.history();
    int[] author = new int[noteCount];
    Arrays.fill(author, -1);
    for (int i = 0; i < h.size; i++) {
      if (h.note[i] >= 0) {
        author[h.note[i]] = h.author[i];
      }
    }
    RatingTable t = in.ratings();
    boolean[] inRun = new boolean[noteCount];
    boolean[] authorRated = new boolean[noteCount];
    for (int r : finalRound) {
      int note = t.note[r];
      inRun[note] = true;
      if (t.rater[r] == author[note]) {
        authorRated[note] = true;
      }
    }
    float[] raterFactor = in.prescoring().raterFactor();
    float[] out = new float[noteCount];
    Arrays.fill(out, Float.NaN);
    for (int note = 0; note < noteCount; note++) {
      int a = author[note];
      if (inRun[note] && !authorRated[note] && a >= 0 && a < raterFactor.length) {
        out[note] = raterFactor[a];
      }
    }
    return out;
  }

  float[] interceptByNote(int noteCount) {
    return GaussianIntercepts.toGlobal(grouped, intercepts.intercept, noteCount);
  }

  /** The kernel's note factor (float32, as the reference casts it before combining). */
  float[] kernelFactorByNote(int noteCount) {
    float[] local = new float[intercepts.factor.length];
    for (int k = 0; k < local.length; k++) {
      local[k] = (float) intercepts.factor[k];
    }
    return GaussianIntercepts.toGlobal(grouped, local, noteCount);
  }
}
