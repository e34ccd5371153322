package org.bridgewatch.scoring.io;

/**
 * Whether input files start with a header line. Without one, fields are taken in the reference's
 * known column order (its {@code --noheaders} mode).
 */
public enum HeaderMode {
  /** The first line names the columns (the public downloads; the reference's default). */
  PRESENT,
  /** Every line is data, in the reference's column order. */
  ABSENT,
  /** Per file: a header if the first line contains a known column name. */
  AUTO
}
