package org.bridgewatch.cli.scored;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Selected columns of a scored_notes.tsv, one array per column, indexed by row; notes found by
 * id through {@link #rowOf(long)}. Text columns stay strings, numeric ones become doubles (NaN
 * when empty or unparsable).
 */
public final class ScoredNotesColumns {
  private final Path file;
  private final List<String> header;
  private final long[] noteIds;
  private final Long2IntOpenHashMap rowByNote;
  private final Map<String, String[]> text;
  private final Map<String, double[]> numbers;

  private ScoredNotesColumns(Path file, List<String> header, long[] noteIds,
      Map<String, String[]> text, Map<String, double[]> numbers) {
    this.file = file;
    this.header = header;
    this.noteIds = noteIds;
    this.text = text;
    this.numbers = numbers;
    this.rowByNote = new Long2IntOpenHashMap(noteIds.length);
    rowByNote.defaultReturnValue(-1);
    for (int r = 0; r < noteIds.length; r++) {
      rowByNote.put(noteIds[r], r);
    }
  }

  /** Reads the columns that exist among those asked for; others are simply absent. */
  public static ScoredNotesColumns read(Path fileOrDir, Collection<String> textColumns,
      Collection<String> numericColumns) throws IOException {
    Path file = ScoredFiles.resolve(fileOrDir, ScoredFiles.SCORED_NOTES);
    List<String> header = null;
    long[] ids = new long[1024];
    Map<String, List<String>> textValues = new LinkedHashMap<>();
    Map<String, double[]> numberValues = new LinkedHashMap<>();
    int rows = 0;
    try (CsvReader<NamedCsvRecord> reader = ScoredFiles.open(file)) {
      for (NamedCsvRecord row : reader) {
        if (header == null) {
          header = List.copyOf(row.getHeader());
          for (String c : textColumns) {
            if (header.contains(c)) {
              textValues.put(c, new ArrayList<>());
            }
          }
          for (String c : numericColumns) {
            if (header.contains(c)) {
              numberValues.put(c, new double[1024]);
            }
          }
        }
        if (rows == ids.length) {
          int grown = rows * 2;
          ids = Arrays.copyOf(ids, grown);
          numberValues.replaceAll((c, v) -> Arrays.copyOf(v, grown));
        }
        ids[rows] = Long.parseLong(row.getField("noteId"));
        for (Map.Entry<String, List<String>> e : textValues.entrySet()) {
          e.getValue().add(row.getField(e.getKey()));
        }
        for (Map.Entry<String, double[]> e : numberValues.entrySet()) {
          e.getValue()[rows] = parseDouble(row.getField(e.getKey()));
        }
        rows++;
      }
    }
    Map<String, String[]> text = new LinkedHashMap<>();
    textValues.forEach((c, v) -> text.put(c, v.toArray(String[]::new)));
    final int n = rows;
    numberValues.replaceAll((c, v) -> Arrays.copyOf(v, n));
    return new ScoredNotesColumns(file, header == null ? List.of() : header,
        Arrays.copyOf(ids, rows), text, numberValues);
  }

  static double parseDouble(String s) {
    if (s == null || s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  public Path file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public int size() {
    return noteIds.length;
  }

  public long noteId(int row) {
    return noteIds[row];
  }

  /** The row of {@code noteId}, or -1. */
  public int rowOf(long noteId) {
    return rowByNote.get(noteId);
  }

  public boolean hasText(String column) {
    return text.containsKey(column);
  }

  public boolean hasNumber(String column) {
    return numbers.containsKey(column);
  }

  public String text(String column, int row) {
    return text.get(column)[row];
  }

  public double number(String column, int row) {
    return numbers.get(column)[row];
  }
}
