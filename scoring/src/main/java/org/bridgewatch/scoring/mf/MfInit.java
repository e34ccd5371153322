package org.bridgewatch.scoring.mf;

/**
 * Starting values for a fit. Each part is optional (null): missing note or rater parts start at
 * the seeded random initialization (zero intercepts, Xavier-uniform factors), a missing global
 * intercept at 0. NaN entries in a given array start at 0, like the reference's fillna(0).
 */
public record MfInit(
    float[] noteIntercept,
    float[] noteFactor,
    float[] raterIntercept,
    float[] raterFactor,
    Float globalIntercept) {

  public static final MfInit NONE = new MfInit(null, null, null, null, null);

  public static MfInit of(MfParams p) {
    return p == null
        ? NONE
        : new MfInit(
            p.noteIntercept, p.noteFactor, p.raterIntercept, p.raterFactor, p.globalIntercept);
  }

  public boolean hasNotes() {
    return noteIntercept != null;
  }

  public boolean hasRaters() {
    return raterIntercept != null;
  }
}
