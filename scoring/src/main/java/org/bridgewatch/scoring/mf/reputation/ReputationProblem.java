package org.bridgewatch.scoring.mf.reputation;

/**
 * Binary-target ratings over dense, caller-chosen indexes (note {@code 0..nNotes-1}, rater {@code
 * 0..nRaters-1}), like {@link org.bridgewatch.scoring.mf.MfProblem}: every index is a parameter
 * row and counts toward the regularization means, so indexes should be compact. Ratings keep the
 * caller's order; two index lists group them by note and by rater for gradient sums.
 */
public final class ReputationProblem {
  public final int nNotes;
  public final int nRaters;
  public final int size;
  final int[] note;
  final int[] rater;
  final float[] target;

  final int[] noteStart;
  final int[] byNote;
  final int[] raterStart;
  final int[] byRater;

  private ReputationProblem(int nNotes, int nRaters, int[] note, int[] rater, float[] target) {
    this.nNotes = nNotes;
    this.nRaters = nRaters;
    this.size = note.length;
    this.note = note;
    this.rater = rater;
    this.target = target;
    noteStart = new int[nNotes + 1];
    byNote = group(note, nNotes, noteStart);
    raterStart = new int[nRaters + 1];
    byRater = group(rater, nRaters, raterStart);
  }

  /** Targets must be 0 or 1; the arrays are kept, not copied. */
  public static ReputationProblem of(
      int nNotes, int nRaters, int[] note, int[] rater, float[] target) {
    int n = note.length;
    if (rater.length != n || target.length != n) {
      throw new IllegalArgumentException("rating columns differ in length");
    }
    for (int r = 0; r < n; r++) {
      if (note[r] < 0 || note[r] >= nNotes || rater[r] < 0 || rater[r] >= nRaters) {
        throw new IllegalArgumentException("rating " + r + " has an index out of range");
      }
      if (target[r] != 0f && target[r] != 1f) {
        throw new IllegalArgumentException("rating " + r + " has a non-binary target");
      }
    }
    return new ReputationProblem(nNotes, nRaters, note, rater, target);
  }

  public int note(int r) {
    return note[r];
  }

  public int rater(int r) {
    return rater[r];
  }

  public float target(int r) {
    return target[r];
  }

  public int noteRatingCount(int n) {
    return noteStart[n + 1] - noteStart[n];
  }

  public int raterRatingCount(int u) {
    return raterStart[u + 1] - raterStart[u];
  }

  /** Rating ids grouped by key, ascending within a group (a stable counting sort). */
  private static int[] group(int[] key, int keys, int[] start) {
    for (int k : key) {
      start[k + 1]++;
    }
    for (int i = 0; i < keys; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = java.util.Arrays.copyOf(start, keys);
    int[] out = new int[key.length];
    for (int r = 0; r < key.length; r++) {
      out[fill[key[r]]++] = r;
    }
    return out;
  }
}
