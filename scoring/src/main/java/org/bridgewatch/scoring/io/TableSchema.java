package org.bridgewatch.scoring.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a public table may have: their canonical names in the reference's order (the order of
 * a headerless file), which are required, and the other names a header may use for them (deprecated
 * spellings and the download page's names).
 */
final class TableSchema {
  final PublicTable table;
  private final List<String> names = new ArrayList<>();
  private final List<Boolean> required = new ArrayList<>();
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, Integer> byLowerName = new HashMap<>();

  TableSchema(PublicTable table) {
    this.table = table;
  }

  /** Adds the next column; its index is its position in the reference's order. */
  TableSchema required(String name, String... aliases) {
    return add(true, name, aliases);
  }

  TableSchema optional(String name, String... aliases) {
    return add(false, name, aliases);
  }

  private TableSchema add(boolean isRequired, String name, String... aliases) {
    int index = names.size();
    names.add(name);
    required.add(isRequired);
    byName.put(name, index);
    byLowerName.put(name.toLowerCase(Locale.ROOT), index);
    for (String alias : aliases) {
      byName.put(alias, index);
      byLowerName.put(alias.toLowerCase(Locale.ROOT), index);
    }
    return this;
  }

  int size() {
    return names.size();
  }

  String name(int column) {
    return names.get(column);
  }

  List<String> names() {
    return List.copyOf(names);
  }

  /** Column index of a header name: exact first, then ignoring case; -1 if not ours. */
  int lookup(String headerName) {
    Integer exact = byName.get(headerName);
    if (exact != null) {
      return exact;
    }
    return byLowerName.getOrDefault(headerName.toLowerCase(Locale.ROOT), -1);
  }

  /**
   * Maps a header line. Unknown columns are skipped (newer downloads may add some); missing
   * required and duplicated columns are added to {@code problems}.
   */
  ColumnLayout fromHeader(String file, String[] header, List<String> problems) {
    int[] fieldOf = new int[size()];
    Arrays.fill(fieldOf, -1);
    String[] shownName = names.toArray(new String[0]);
    for (int field = 0; field < header.length; field++) {
      String name = field == 0 ? stripBom(header[field]) : header[field];
      int column = lookup(name.strip());
      if (column < 0) {
        continue;
      }
      if (fieldOf[column] >= 0) {
        problems.add(file + " line 1: column " + name + " appears twice");
        continue;
      }
      fieldOf[column] = field;
      shownName[column] = name;
    }
    List<String> missing = new ArrayList<>();
    for (int column = 0; column < size(); column++) {
      if (required.get(column) && fieldOf[column] < 0) {
        missing.add(names.get(column));
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          file
              + " line 1: missing required column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + " (header has: "
              + String.join(", ", header)
              + ")");
    }
    return new ColumnLayout(file, true, header.length, fieldOf, shownName);
  }

  /**
   * A headerless file: its fields are the first {@code fieldCount} columns of the reference's
   * order, which lets older, shorter layouts through.
   */
  ColumnLayout positional(String file, int fieldCount, List<String> problems) {
    if (fieldCount > size()) {
      problems.add(
          file
              + " line 1: headerless "
              + table.label
              + " file has "
              + fieldCount
              + " fields, but the known column order has only "
              + size());
    }
    int[] fieldOf = new int[size()];
    List<String> missing = new ArrayList<>();
    for (int column = 0; column < size(); column++) {
      fieldOf[column] = column < fieldCount ? column : -1;
      if (column >= fieldCount && required.get(column)) {
        missing.add(names.get(column));
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          file
              + " line 1: headerless file has only "
              + fieldCount
              + " fields; missing required column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing));
    }
    return new ColumnLayout(file, false, fieldCount, fieldOf, names.toArray(new String[0]));
  }

  /**
   * Whether a first line looks like a header: its first field is exactly one of our column names
   * (data lines start with an id; a later field may hold "HELPFUL", which only case-blindly matches
   * a column).
   */
  boolean looksLikeHeader(String[] firstLine) {
    if (firstLine.length == 0) {
      return false;
    }
    return byName.containsKey(stripBom(firstLine[0]).strip());
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
