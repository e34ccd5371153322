package org.bridgewatch.scoring.model;

/** {@code modelingPopulation} of userEnrollment: which models score the user's ratings. */
public enum ModelingPopulation {
  CORE,
  EXPANSION;

  public byte code() {
    return (byte) ordinal();
  }
}
