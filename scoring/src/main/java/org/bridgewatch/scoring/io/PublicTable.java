package org.bridgewatch.scoring.io;

/**
 * The five public tables, with the file-name prefix of their shards ({@code ratings-00000.tsv}).
 */
public enum PublicTable {
  NOTES("notes", "notes"),
  RATINGS("ratings", "ratings"),
  STATUS_HISTORY("noteStatusHistory", "noteStatusHistory"),
  ENROLLMENT("userEnrollment", "userEnrollment"),
  NOTE_REQUESTS("noteRequests", "noteRequests");

  /** The name used in messages and progress reports. */
  public final String label;

  public final String filePrefix;

  PublicTable(String label, String filePrefix) {
    this.label = label;
    this.filePrefix = filePrefix;
  }
}
