package org.bridgewatch.scoring.mf;

import java.util.Arrays;

/**
 * The model's parameters: prediction = globalIntercept + raterIntercept[u] + noteIntercept[n] +
 * raterFactor[u] * noteFactor[n]. Float, like the reference's float32 tensors.
 */
public final class MfParams {
  public final float[] noteIntercept;
  public final float[] noteFactor;
  public final float[] raterIntercept;
  public final float[] raterFactor;
  public float globalIntercept;

  public MfParams(
      float[] noteIntercept,
      float[] noteFactor,
      float[] raterIntercept,
      float[] raterFactor,
      float globalIntercept) {
    if (noteIntercept.length != noteFactor.length || raterIntercept.length != raterFactor.length) {
      throw new IllegalArgumentException("intercept and factor arrays differ in length");
    }
    this.noteIntercept = noteIntercept;
    this.noteFactor = noteFactor;
    this.raterIntercept = raterIntercept;
    this.raterFactor = raterFactor;
    this.globalIntercept = globalIntercept;
  }

  public static MfParams zeros(int nNotes, int nRaters) {
    return new MfParams(
        new float[nNotes], new float[nNotes], new float[nRaters], new float[nRaters], 0f);
  }

  public int nNotes() {
    return noteIntercept.length;
  }

  public int nRaters() {
    return raterIntercept.length;
  }

  public MfParams copy() {
    return new MfParams(
        noteIntercept.clone(),
        noteFactor.clone(),
        raterIntercept.clone(),
        raterFactor.clone(),
        globalIntercept);
  }

  public float predict(int note, int rater) {
    return globalIntercept
        + raterIntercept[rater]
        + noteIntercept[note]
        + raterFactor[rater] * noteFactor[note];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MfParams p
        && Arrays.equals(noteIntercept, p.noteIntercept)
        && Arrays.equals(noteFactor, p.noteFactor)
        && Arrays.equals(raterIntercept, p.raterIntercept)
        && Arrays.equals(raterFactor, p.raterFactor)
        && Float.compare(globalIntercept, p.globalIntercept) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(noteIntercept) * 31 + Arrays.hashCode(raterFactor);
  }
}
