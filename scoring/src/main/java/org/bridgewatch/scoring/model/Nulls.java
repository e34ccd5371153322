package org.bridgewatch.scoring.model;

/** Sentinels for missing values in primitive columns. */
public final class Nulls {
  /** A timestamp column's "no value". The public TSVs write it as an empty field. */
  public static final long NO_TIME = Long.MIN_VALUE;
  /** An enum-coded column's "no value". */
  public static final byte NO_CODE = -1;
  /** An int column's "no value" (modeling group, counts that may be absent). */
  public static final int NO_INT = Integer.MIN_VALUE;

  private Nulls() {}
}
