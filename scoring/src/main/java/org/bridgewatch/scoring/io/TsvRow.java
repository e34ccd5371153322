package org.bridgewatch.scoring.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One parsed line, reused for every line of a file: FastCSV hands each field's characters to {@link
 * #handleField}, which copies them into one growing char buffer. Numbers and enum values are parsed
 * straight from that buffer, so a rating costs no objects except its participant id string.
 *
 * <p>The typed accessors take a schema column index and report bad values as {@link
 * DataFormatException}s naming file, line, column and value.
 */
final class TsvRow extends AbstractBaseCsvCallbackHandler<TsvRow> {
  private char[] chars = new char[4096];
  private int[] start = new int[64];
  private int[] length = new int[64];
  private int used;
  private int count;
  private long line;
  private ColumnLayout layout;

  void bind(ColumnLayout layout) {
    this.layout = layout;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    used = 0;
    count = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    reserve(index, len);
    System.arraycopy(buf, offset, chars, used, len);
    added(index, len);
  }

  /** Starts a line read by {@link TsvByteParser}; {@code line} is 1-based. */
  void beginLine(long line) {
    handleBegin(line);
  }

  /**
   * Adds field {@code index} from UTF-8 bytes (quotes already removed). ASCII, which is every
   * field of the public files but free text, is widened in place; anything else is decoded as
   * {@code InputStreamReader} would, malformed bytes becoming U+FFFD.
   */
  void addField(int index, byte[] buf, int offset, int len) {
    reserve(index, len);
    char[] c = chars;
    int at = used;
    for (int i = 0; i < len; i++) {
      byte b = buf[offset + i];
      if (b < 0) {
        String decoded = new String(buf, offset, len, StandardCharsets.UTF_8);
        reserve(index, decoded.length());
        decoded.getChars(0, decoded.length(), chars, used);
        added(index, decoded.length());
        return;
      }
      c[at + i] = (char) b;
    }
    added(index, len);
  }

  private void reserve(int index, int len) {
    if (index >= start.length) {
      start = Arrays.copyOf(start, index * 2);
      length = Arrays.copyOf(length, index * 2);
    }
    if (used + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
  }

  private void added(int index, int len) {
    start[index] = used;
    length[index] = len;
    used += len;
    count = index + 1;
  }

  @Override
  protected TsvRow buildRecord() {
    return this;
  }

  long line() {
    return line;
  }

  int fieldCount() {
    return count;
  }

  String field(int index) {
    return new String(chars, start[index], length[index]);
  }

  String[] fields() {
    String[] all = new String[count];
    for (int i = 0; i < count; i++) {
      all[i] = field(i);
    }
    return all;
  }

  /** Rejects a line whose field count differs from the header's. */
  void checkWidth() {
    if (count == layout.fieldCount()) {
      return;
    }
    if (count < layout.fieldCount()) {
      String firstMissing = nameOfField(count);
      throw DataFormatException.at(
          layout.file(),
          line,
          firstMissing,
          "missing field (line has " + count + " fields, expected " + layout.fieldCount() + ")");
    }
    throw DataFormatException.at(
        layout.file(),
        line,
        null,
        "line has " + count + " fields, expected " + layout.fieldCount());
  }

  private String nameOfField(int field) {
    int[] fieldOf = layout.fieldOf();
    for (int column = 0; column < fieldOf.length; column++) {
      if (fieldOf[column] == field) {
        return layout.shownName()[column];
      }
    }
    return "#" + (field + 1);
  }

  boolean has(int column) {
    return layout.has(column);
  }

  /** True when the column is absent from the file or the field is empty. */
  boolean isEmpty(int column) {
    int f = layout.fieldOf()[column];
    return f < 0 || length[f] == 0;
  }

  /** The text, or "" when absent or empty. */
  String string(int column) {
    int f = layout.fieldOf()[column];
    return f < 0 ? "" : field(f);
  }

  /** The text, or null when absent or empty. */
  String stringOrNull(int column) {
    return isEmpty(column) ? null : field(layout.fieldOf()[column]);
  }

  /** A participant id: required and non-empty. */
  String id(int column) {
    checkId(column);
    return field(layout.fieldOf()[column]);
  }

  /** Fails unless the column holds a participant id, as {@link #id(int)} would. */
  void checkId(int column) {
    if (isEmpty(column)) {
      throw error(column, "empty value (expected a participant id)");
    }
  }

  /** A participant id, required and non-empty, as its index in {@code ids}. */
  int id(int column, IdInterner ids) {
    checkId(column);
    int f = layout.fieldOf()[column];
    return ids.intern(chars, start[f], length[f]);
  }

  /** A required integer such as an id or a timestamp. */
  long requiredLong(int column) {
    if (isEmpty(column)) {
      throw error(column, "empty value (expected an integer)");
    }
    return parseLong(column, false);
  }

  /** An integer, or {@code ifEmpty} when absent or empty. */
  long optionalLong(int column, long ifEmpty) {
    return isEmpty(column) ? ifEmpty : parseLong(column, false);
  }

  /**
   * An integer that the reference may have written as a float ("1790568923189.0"), because pandas
   * keeps nullable integer columns as float64; {@code ifEmpty} when absent or empty.
   */
  long wholeNumber(int column, long ifEmpty) {
    return isEmpty(column) ? ifEmpty : parseLong(column, true);
  }

  /** A 0/1 indicator; absent or empty counts as 0 (pandas Int8 null). */
  boolean flag(int column) {
    if (isEmpty(column)) {
      return false;
    }
    int f = layout.fieldOf()[column];
    int s = start[f];
    if (length[f] == 1 && (chars[s] == '0' || chars[s] == '1')) {
      return chars[s] == '1';
    }
    long v = parseLong(column, true);
    if (v == 0 || v == 1) {
      return v == 1;
    }
    throw error(column, "expected 0 or 1, got " + shown(column));
  }

  /**
   * The index of the field's value in {@code options}, or -1 when absent or empty; any other value
   * is an error listing the options.
   */
  int choice(int column, String[] options) {
    if (isEmpty(column)) {
      return -1;
    }
    int f = layout.fieldOf()[column];
    for (int i = 0; i < options.length; i++) {
      if (equalsField(f, options[i])) {
        return i;
      }
    }
    throw error(column, "unknown value " + shown(column) + " (expected " + orList(options) + ")");
  }

  DataFormatException error(int column, String problem) {
    return DataFormatException.at(layout.file(), line, layout.shownName()[column], problem);
  }

  private boolean equalsField(int f, String option) {
    int n = length[f];
    if (n != option.length()) {
      return false;
    }
    int s = start[f];
    for (int i = 0; i < n; i++) {
      if (chars[s + i] != option.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final long TENTH_OF_MAX = Long.MAX_VALUE / 10;
  private static final long LAST_DIGIT_OF_MAX = Long.MAX_VALUE % 10;

  private long parseLong(int column, boolean allowFloat) {
    int f = layout.fieldOf()[column];
    int i = start[f];
    int end = i + length[f];
    boolean negative = false;
    if (chars[i] == '-' || chars[i] == '+') {
      negative = chars[i] == '-';
      i++;
    }
    if (i == end) {
      throw error(column, "expected an integer, got " + shown(column));
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = chars[i] - '0';
      if (digit < 0 || digit > 9) {
        return allowFloat ? parseWholeFloat(column) : notAnInteger(column);
      }
      // value * 10 + digit > Long.MAX_VALUE, without a division per digit (ids have 19 digits).
      if (value > TENTH_OF_MAX || (value == TENTH_OF_MAX && digit > LAST_DIGIT_OF_MAX)) {
        throw error(column, "integer out of range: " + shown(column));
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  private long notAnInteger(int column) {
    throw error(column, "expected an integer, got " + shown(column));
  }

  private long parseWholeFloat(int column) {
    String text = field(layout.fieldOf()[column]).strip();
    double d;
    try {
      d = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(column, "expected a number, got " + shown(column));
    }
    if (d != Math.rint(d) || Math.abs(d) > 0x1p62) {
      throw error(column, "expected a whole number, got " + shown(column));
    }
    return (long) d;
  }

  private String shown(int column) {
    return DataFormatException.quote(field(layout.fieldOf()[column]));
  }

  /** "A, B or C". */
  static String orList(String[] options) {
    if (options.length == 1) {
      return options[0];
    }
    return String.join(", ", Arrays.copyOf(options, options.length - 1))
        + " or "
        + options[options.length - 1];
  }
}
