package org.bridgewatch.scoring.model;

import java.util.Arrays;

/**
 * Dense local indexes for the notes and raters of one slice of ratings. A model's regularization
 * averages over the notes and raters it has parameters for, exactly those present in its ratings,
 * so every fit runs on compact indexes; results are mapped back with {@link #globalNote} and
 * {@link #globalRater}.
 *
 * <p>Local indexes follow ascending global index, so they depend only on the inputs.
 */
public final class CompactIndex {
  /** Global note index per local note. */
  public final int[] globalNote;
  /** Global participant index per local rater. */
  public final int[] globalRater;
  private final int[] localNote;
  private final int[] localRater;

  private CompactIndex(int[] globalNote, int[] globalRater, int[] localNote, int[] localRater) {
    this.globalNote = globalNote;
    this.globalRater = globalRater;
    this.localNote = localNote;
    this.localRater = localRater;
  }

  /** Indexes the notes and raters of {@code rows}; rows must reference known notes. */
  public static CompactIndex of(RatingTable ratings, int[] rows, int noteCount, int raterCount) {
    int[] localNote = new int[noteCount];
    int[] localRater = new int[raterCount];
    Arrays.fill(localNote, -1);
    Arrays.fill(localRater, -1);
    for (int r : rows) {
      localNote[ratings.note[r]] = 0;
      localRater[ratings.rater[r]] = 0;
    }
    return new CompactIndex(number(localNote), number(localRater), localNote, localRater);
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

  public int noteCount() {
    return globalNote.length;
  }

  public int raterCount() {
    return globalRater.length;
  }

  /** Local index of a global note, or -1 when the note is not in the slice. */
  public int localNote(int globalNoteIndex) {
    return localNote[globalNoteIndex];
  }

  /** Local index of a global participant, or -1. */
  public int localRater(int globalRaterIndex) {
    return localRater[globalRaterIndex];
  }

  /** Spreads a local per-note array to a global one, NaN where the note is absent. */
  public float[] notesToGlobal(float[] local, int noteCount) {
    return spread(local, globalNote, noteCount);
  }

  /** Spreads a local per-rater array to a global one, NaN where the rater is absent. */
  public float[] ratersToGlobal(float[] local, int raterCount) {
    return spread(local, globalRater, raterCount);
  }

  private static float[] spread(float[] local, int[] global, int size) {
    float[] out = new float[size];
    Arrays.fill(out, Float.NaN);
    for (int i = 0; i < local.length; i++) {
      out[global[i]] = local[i];
    }
    return out;
  }

  /** The local per-note values of a global per-note array (null stays null). */
  public float[] notesToLocal(float[] byGlobal) {
    return gather(byGlobal, globalNote);
  }

  /** The local per-rater values of a global per-participant array (null stays null). */
  public float[] ratersToLocal(float[] byGlobal) {
    return gather(byGlobal, globalRater);
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
