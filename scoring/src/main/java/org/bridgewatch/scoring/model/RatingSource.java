package org.bridgewatch.scoring.model;

/** {@code ratingSourceBucketed}: how the rater came to the note. */
public enum RatingSource {
  DEFAULT,
  POPULATION_SAMPLED;

  public byte code() {
    return (byte) ordinal();
  }
}
