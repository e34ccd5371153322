package org.bridgewatch.scoring.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.bridgewatch.scoring.model.Nulls;

/**
 * An ordered table of named, typed columns over primitive arrays, rendered cell by cell in pandas'
 * {@code to_csv} style (see {@link PandasFormat}). Columns are views: nothing is copied. Nullable
 * columns use the model's sentinels ({@link Nulls}, NaN) and render as empty.
 *
 * <p>Typical use: add every column the scorer produced, then {@link #select} the reference's header
 * list from {@link OutputColumns} to fix the order, and hand it to {@link TsvTableWriter}.
 */
public final class OutputTable {
  /** Appends one cell's text; appends nothing for a null. */
  @FunctionalInterface
  public interface Cell {
    void append(int row, StringBuilder out);
  }

  private final int rows;
  private final List<String> names = new ArrayList<>();
  private final List<Cell> cells = new ArrayList<>();
  private final Map<String, Integer> byName = new HashMap<>();

  public OutputTable(int rows) {
    this.rows = rows;
  }

  public int rows() {
    return rows;
  }

  public List<String> names() {
    return List.copyOf(names);
  }

  Cell cell(int column) {
    return cells.get(column);
  }

  /** Any column; the cell writer decides the text. */
  public OutputTable column(String name, Cell cell) {
    if (byName.putIfAbsent(name, names.size()) != null) {
      throw new IllegalArgumentException("duplicate column " + name);
    }
    names.add(name);
    cells.add(cell);
    return this;
  }

  /** float32 (numpy repr); NaN is null. */
  public OutputTable float32(String name, float[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> PandasFormat.appendFloat32(out, v[r]));
  }

  /** float64 (Python repr); NaN is null. */
  public OutputTable float64(String name, double[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> PandasFormat.appendFloat64(out, v[r]));
  }

  public OutputTable int64(String name, long[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> out.append(v[r]));
  }

  /** Int64 with a null sentinel (pandas' nullable {@code Int64}: "5" or empty). */
  public OutputTable nullableInt64(String name, long[] v, long nullValue) {
    checkLength(name, v.length);
    return column(
        name,
        (r, out) -> {
          if (v[r] != nullValue) {
            out.append(v[r]);
          }
        });
  }

  /**
   * A whole number that pandas holds as float64 because it is nullable (timestamps in
   * note_status_history.tsv: "1793494800000.0"); {@code nullValue} renders empty.
   */
  public OutputTable longAsFloat64(String name, long[] v, long nullValue) {
    checkLength(name, v.length);
    return column(
        name,
        (r, out) -> {
          if (v[r] != nullValue) {
            PandasFormat.appendFloat64(out, v[r]);
          }
        });
  }

  public OutputTable int32(String name, int[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> out.append(v[r]));
  }

  /** Int with {@link Nulls#NO_INT} as null. */
  public OutputTable nullableInt32(String name, int[] v) {
    checkLength(name, v.length);
    return column(
        name,
        (r, out) -> {
          if (v[r] != Nulls.NO_INT) {
            out.append(v[r]);
          }
        });
  }

  /** An int that pandas holds as float64 ("13.0"); {@link Nulls#NO_INT} is null. */
  public OutputTable intAsFloat64(String name, int[] v) {
    checkLength(name, v.length);
    return column(
        name,
        (r, out) -> {
          if (v[r] != Nulls.NO_INT) {
            PandasFormat.appendFloat64(out, v[r]);
          }
        });
  }

  public OutputTable int8(String name, byte[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> out.append(v[r]));
  }

  /** Python bools: True/False. */
  public OutputTable bool(String name, boolean[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> out.append(v[r] ? "True" : "False"));
  }

  /** pandas' nullable boolean: 1 True, 0 False, anything negative empty. */
  public OutputTable nullableBool(String name, byte[] v) {
    checkLength(name, v.length);
    return column(
        name,
        (r, out) -> {
          if (v[r] >= 0) {
            out.append(v[r] != 0 ? "True" : "False");
          }
        });
  }

  /** A 0/1 indicator column of the public TSVs. */
  public OutputTable flag(String name, boolean[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> out.append(v[r] ? '1' : '0'));
  }

  /** Bit {@code bit} of each byte, as 0/1. */
  public OutputTable bitFlag(String name, byte[] bits, int bit) {
    checkLength(name, bits.length);
    return column(name, (r, out) -> out.append((bits[r] >> bit) & 1));
  }

  /** Strings, quoted as Python's csv would; null is empty. */
  public OutputTable strings(String name, String[] v) {
    checkLength(name, v.length);
    return column(name, (r, out) -> PandasFormat.appendString(out, v[r]));
  }

  /** Strings computed per row (e.g. a participant id from its index); null is empty. */
  public OutputTable strings(String name, IntFunction<String> v) {
    return column(name, (r, out) -> PandasFormat.appendString(out, v.apply(r)));
  }

  /** Enum codes rendered by label ({@code labels[code]}); negative codes are null. */
  public OutputTable codes(String name, byte[] codes, String[] labels) {
    checkLength(name, codes.length);
    return column(
        name,
        (r, out) -> {
          if (codes[r] >= 0) {
            out.append(labels[codes[r]]);
          }
        });
  }

  /** The same columns in the given order. Every name must exist; columns not named are dropped. */
  public OutputTable select(List<String> order) {
    List<String> missing = new ArrayList<>();
    for (String name : order) {
      if (!byName.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("output lacks columns " + missing);
    }
    OutputTable selected = new OutputTable(rows);
    for (String name : order) {
      selected.column(name, cells.get(byName.get(name)));
    }
    return selected;
  }

  private void checkLength(String name, int length) {
    if (length != rows) {
      throw new IllegalArgumentException(
          "column " + name + " has " + length + " values, table has " + rows + " rows");
    }
  }
}
