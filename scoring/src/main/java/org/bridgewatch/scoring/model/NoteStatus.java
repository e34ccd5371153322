package org.bridgewatch.scoring.model;

/** A rating status as written in the outputs. Stored as {@code code()} bytes in columns. */
public enum NoteStatus {
  NEEDS_MORE_RATINGS,
  CURRENTLY_RATED_HELPFUL,
  CURRENTLY_RATED_NOT_HELPFUL,
  FIRM_REJECT,
  NEEDS_YOUR_HELP;

  private static final NoteStatus[] BY_CODE = values();

  public byte code() {
    return (byte) ordinal();
  }

  /** Null for {@link Nulls#NO_CODE}. */
  public static NoteStatus ofCode(byte code) {
    return code < 0 ? null : BY_CODE[code];
  }

  /** Parses the TSV value; empty gives null; anything else unknown throws. */
  public static NoteStatus parse(String tsv) {
    if (tsv == null || tsv.isEmpty()) {
      return null;
    }
    return valueOf(tsv);
  }

  public static byte codeOf(NoteStatus status) {
    return status == null ? Nulls.NO_CODE : status.code();
  }
}
