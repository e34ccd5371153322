package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * The ratings one scorer sees: row indexes into the shared {@link RatingTable}, in table order
 * (the order matters only for floating-point summation order).
 */
public record RatingSlice(RatingTable table, int[] rows) {

  /** Every rating of the table. */
  public static RatingSlice all(RatingTable table) {
    int[] rows = new int[table.size];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    return new RatingSlice(table, rows);
  }

  /** The ratings whose mask bit is set. */
  public static RatingSlice of(RatingTable table, boolean[] mask) {
    int n = 0;
    for (boolean b : mask) {
      if (b) {
        n++;
      }
    }
    int[] rows = new int[n];
    n = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        rows[n++] = i;
      }
    }
    return new RatingSlice(table, rows);
  }

  public int size() {
    return rows.length;
  }
}
