package org.bridgewatch.scoring.output;

import java.util.List;
import org.bridgewatch.scoring.io.OutputTable;

/** Small helpers shared by the output writers. */
final class Columns {
  private Columns() {}

  /** Adds an empty column for every name in {@code order} the table lacks, then orders it. */
  static OutputTable complete(OutputTable table, List<String> order) {
    List<String> present = table.names();
    for (String name : order) {
      if (!present.contains(name)) {
        table.column(name, (row, out) -> {});
      }
    }
    return table.select(order);
  }

  /** Gathers a per-note array into output-row order. */
  static float[] byRow(float[] byNote, int[] noteOfRow, boolean[] keep) {
    float[] out = new float[noteOfRow.length];
    for (int i = 0; i < out.length; i++) {
      int n = noteOfRow[i];
      out[i] = keep == null || keep[n] ? byNote[n] : Float.NaN;
    }
    return out;
  }

  static String[] byRow(String[] byNote, int[] noteOfRow, boolean[] keep) {
    String[] out = new String[noteOfRow.length];
    for (int i = 0; i < out.length; i++) {
      int n = noteOfRow[i];
      out[i] = keep == null || keep[n] ? byNote[n] : null;
    }
    return out;
  }
}
