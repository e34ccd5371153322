package org.bridgewatch.scoring.topics;

/** A compressed-sparse-row matrix of doubles (one row per document). */
record SparseRows(int rows, int cols, int[] rowStart, int[] col, double[] val) {

  int start(int row) {
    return rowStart[row];
  }

  int end(int row) {
    return rowStart[row + 1];
  }
}
