package org.bridgewatch.scoring.mf;

import java.util.Arrays;

/**
 * The ratings a matrix factorization is fit on, as plain columns over dense indexes the caller
 * chose: note {@code 0..nNotes-1}, rater {@code 0..nRaters-1}. Every index in range is a model
 * parameter and counts toward the regularization means, exactly like the reference, whose
 * embedding tables hold one row per distinct note and rater in its ratings frame; so the caller
 * should pass compact indexes (every note and rater rated at least once).
 *
 * <p>Built once, the problem keeps two compressed copies of the ratings, grouped by note and by
 * rater (a counting sort each), so that a sweep over one side streams memory: 16 bytes a rating
 * (24 with weights) on top of the caller's columns, which it reads through {@link Entries}
 * without copying.
 */
public final class MfProblem {
  public final int nNotes;
  public final int nRaters;
  public final int size;

  final int[] noteStart;
  final int[] raterByNote;
  final float[] targetByNote;
  final float[] weightByNote;

  final int[] raterStart;
  final int[] noteByRater;
  final float[] targetByRater;
  final float[] weightByRater;

  /**
   * The ratings as the caller holds them, read entry by entry: a caller with its own layout (rows
   * of a rating table mapped to compact indexes) need not copy them into three arrays first, which
   * at 100M ratings was over a gigabyte held only while the problem was built.
   */
  public interface Entries {
    int size();

    int note(int k);

    int rater(int k);

    float target(int k);
  }

  private MfProblem(int nNotes, int nRaters, Entries e, float[] w) {
    this.nNotes = nNotes;
    this.nRaters = nRaters;
    this.size = e.size();
    noteStart = new int[nNotes + 1];
    raterStart = new int[nRaters + 1];
    for (int r = 0; r < size; r++) {
      noteStart[e.note(r) + 1]++;
      raterStart[e.rater(r) + 1]++;
    }
    prefixSums(noteStart);
    prefixSums(raterStart);
    raterByNote = new int[size];
    targetByNote = new float[size];
    weightByNote = w == null ? null : new float[size];
    noteByRater = new int[size];
    targetByRater = new float[size];
    weightByRater = w == null ? null : new float[size];
    int[] noteFill = Arrays.copyOf(noteStart, nNotes);
    int[] raterFill = Arrays.copyOf(raterStart, nRaters);
    for (int r = 0; r < size; r++) {
      int note = e.note(r);
      int rater = e.rater(r);
      float target = e.target(r);
      int pn = noteFill[note]++;
      raterByNote[pn] = rater;
      targetByNote[pn] = target;
      int pr = raterFill[rater]++;
      noteByRater[pr] = note;
      targetByRater[pr] = target;
      if (w != null) {
        weightByNote[pn] = w[r];
        weightByRater[pr] = w[r];
      }
    }
  }

  /** Ratings with unit weight. */
  public static MfProblem of(int nNotes, int nRaters, int[] note, int[] rater, float[] target) {
    return of(nNotes, nRaters, note, rater, target, null);
  }

  /**
   * Ratings with a per-rating loss weight (the reference's normalized loss), or {@code weight ==
   * null} for unit weights. The loss stays a mean over the number of ratings, not over the weight
   * total.
   */
  public static MfProblem of(
      int nNotes, int nRaters, int[] note, int[] rater, float[] target, float[] weight) {
    int n = note.length;
    if (rater.length != n || target.length != n || (weight != null && weight.length != n)) {
      throw new IllegalArgumentException("rating columns differ in length");
    }
    return of(nNotes, nRaters, arrays(note, rater, target), weight);
  }

  /** Ratings with unit weight, read from {@code entries}. */
  public static MfProblem of(int nNotes, int nRaters, Entries entries) {
    return of(nNotes, nRaters, entries, null);
  }

  private static MfProblem of(int nNotes, int nRaters, Entries e, float[] weight) {
    for (int r = 0; r < e.size(); r++) {
      int note = e.note(r);
      int rater = e.rater(r);
      if (note < 0 || note >= nNotes || rater < 0 || rater >= nRaters) {
        throw new IllegalArgumentException("rating " + r + " has an index out of range");
      }
      if (!Float.isFinite(e.target(r))) {
        throw new IllegalArgumentException("rating " + r + " has a non-finite target");
      }
    }
    return new MfProblem(nNotes, nRaters, e, weight);
  }

  private static Entries arrays(int[] note, int[] rater, float[] target) {
    return new Entries() {
      @Override
      public int size() {
        return note.length;
      }

      @Override
      public int note(int k) {
        return note[k];
      }

      @Override
      public int rater(int k) {
        return rater[k];
      }

      @Override
      public float target(int k) {
        return target[k];
      }
    };
  }

  /** The same ratings with other weights (or none), reusing nothing but the shape. */
  MfProblem withWeights(float[] weightInRaterOrder) {
    int[] note = new int[size];
    int[] rater = new int[size];
    float[] target = new float[size];
    for (int u = 0; u < nRaters; u++) {
      for (int p = raterStart[u]; p < raterStart[u + 1]; p++) {
        note[p] = noteByRater[p];
        rater[p] = u;
        target[p] = targetByRater[p];
      }
    }
    return new MfProblem(nNotes, nRaters, arrays(note, rater, target), weightInRaterOrder);
  }

  public int noteRatingCount(int n) {
    return noteStart[n + 1] - noteStart[n];
  }

  public int raterRatingCount(int u) {
    return raterStart[u + 1] - raterStart[u];
  }

  private static void prefixSums(int[] start) {
    for (int i = 0; i + 1 < start.length; i++) {
      start[i + 1] += start[i];
    }
  }
}
