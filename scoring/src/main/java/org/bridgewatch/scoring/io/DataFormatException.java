package org.bridgewatch.scoring.io;

/**
 * Input data that cannot be read: a missing or empty file, a missing column, a bad value. The
 * message is meant for the person who supplied the file, so it names the file and, when there is
 * one, the 1-based line, the column and the offending value.
 */
public class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN_VALUE = 80;

  /** Where a bad value was, kept so a part of a file read on its own can be re-numbered. */
  private final transient Location location;

  private record Location(String file, long line, String column, String problem) {}

  public DataFormatException(String message) {
    this(message, (Throwable) null);
  }

  public DataFormatException(String message, Throwable cause) {
    super(message, cause);
    this.location = null;
  }

  private DataFormatException(String message, Location location) {
    super(message);
    this.location = location;
  }

  /** "{@code file line N, column C: problem}". */
  static DataFormatException at(String file, long line, String column, String problem) {
    return new DataFormatException(message(file, line, column, problem),
        new Location(file, line, column, problem));
  }

  /**
   * The same problem {@code lines} lines further down: a part of a file parsed on its own counts
   * lines from its first byte, and only once the parts before it are read is its offset known.
   */
  DataFormatException linesLater(long lines) {
    if (location == null || location.line() <= 0 || lines == 0) {
      return this;
    }
    return at(location.file(), location.line() + lines, location.column(), location.problem());
  }

  private static String message(String file, long line, String column, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (column != null) {
      sb.append(line > 0 ? ", column " : " column ").append(column);
    }
    return sb.append(": ").append(problem).toString();
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
