package org.bridgewatch.scoring.io;

/**
 * Input data that cannot be read: a missing or empty file, a missing column, a bad value. The
 * message is meant for the person who supplied the file, so it names the file and, when there is
 * one, the 1-based line, the column and the offending value.
 */
public class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN_VALUE = 80;

  public DataFormatException(String message) {
    super(message);
  }

  public DataFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "{@code file line N, column C: problem}". */
  static DataFormatException at(String file, long line, String column, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (column != null) {
      sb.append(line > 0 ? ", column " : " column ").append(column);
    }
    return new DataFormatException(sb.append(": ").append(problem).toString());
  }

  /** Quotes a value for a message, shortening very long ones. */
  static String quote(CharSequence value) {
    String s = value.toString();
    if (s.length() > MAX_SHOWN_VALUE) {
      s = s.substring(0, MAX_SHOWN_VALUE) + "...";
    }
    return '"' + s + '"';
  }
}
