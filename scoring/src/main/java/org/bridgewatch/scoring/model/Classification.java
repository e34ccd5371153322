package org.bridgewatch.scoring.model;

/** A note's classification of its post. */
public enum Classification {
  MISINFORMED_OR_POTENTIALLY_MISLEADING,
  NOT_MISLEADING;

  public byte code() {
    return (byte) ordinal();
  }

  public static Classification ofCode(byte code) {
    return code < 0 ? null : values()[code];
  }
}
