package org.bridgewatch.scoring.io;

/**
 * Where one file keeps each schema column: {@code fieldOf[column]} is the field index, or -1 when
 * the file lacks the column. {@code shownName} is the column's name as the file spells it, for
 * messages.
 */
record ColumnLayout(
    String file, boolean hasHeader, int fieldCount, int[] fieldOf, String[] shownName) {

  boolean has(int column) {
    return fieldOf[column] >= 0;
  }
}
