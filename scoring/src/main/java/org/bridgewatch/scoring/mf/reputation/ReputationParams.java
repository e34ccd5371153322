package org.bridgewatch.scoring.mf.reputation;

/**
 * Parameters of the reputation MF: {@code logit = f_n f_u + b_n rep_u + b_u + mu}. Float, like
 * the reference's float32 tensors; mutable, since training rounds update them in place.
 */
public final class ReputationParams {
  public final float[] noteIntercept;
  public final float[] noteFactor;
  public final float[] raterIntercept;
  public final float[] raterFactor;
  public final float[] raterReputation;
  public float globalIntercept;

  public ReputationParams(float[] noteIntercept, float[] noteFactor, float[] raterIntercept,
      float[] raterFactor, float[] raterReputation, float globalIntercept) {
    if (noteIntercept.length != noteFactor.length
        || raterIntercept.length != raterFactor.length
        || raterIntercept.length != raterReputation.length) {
      throw new IllegalArgumentException("parameter arrays differ in length");
    }
    this.noteIntercept = noteIntercept;
    this.noteFactor = noteFactor;
    this.raterIntercept = raterIntercept;
    this.raterFactor = raterFactor;
    this.raterReputation = raterReputation;
    this.globalIntercept = globalIntercept;
  }

  public int nNotes() {
    return noteIntercept.length;
  }

  public int nRaters() {
    return raterIntercept.length;
  }

  public ReputationParams copy() {
    return new ReputationParams(noteIntercept.clone(), noteFactor.clone(), raterIntercept.clone(),
        raterFactor.clone(), raterReputation.clone(), globalIntercept);
  }

  /** The logit, in the reference's float32 operation order. */
  public float logit(int note, int rater) {
    float p = noteFactor[note] * raterFactor[rater];
    p = p + noteIntercept[note] * raterReputation[rater];
    return p + (raterIntercept[rater] + globalIntercept);
  }

  /** The parameter blocks a training round can update or hold frozen. */
  public enum Block {
    NOTE_INTERCEPT, NOTE_FACTOR, RATER_INTERCEPT, RATER_FACTOR, RATER_REPUTATION, GLOBAL
  }

  float[] block(Block b) {
    return switch (b) {
      case NOTE_INTERCEPT -> noteIntercept;
      case NOTE_FACTOR -> noteFactor;
      case RATER_INTERCEPT -> raterIntercept;
      case RATER_FACTOR -> raterFactor;
      case RATER_REPUTATION -> raterReputation;
      case GLOBAL -> null;
    };
  }
}
