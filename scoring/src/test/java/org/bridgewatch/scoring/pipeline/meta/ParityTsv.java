package org.bridgewatch.scoring.pipeline.meta;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test-only reader of the parity fixtures' TSVs: header plus string rows. */
final class ParityTsv {
  final List<String> header;
  final List<List<String>> rows;
  private final Map<String, Integer> column = new HashMap<>();

  private ParityTsv(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
    for (int i = 0; i < header.size(); i++) {
      column.put(header.get(i), i);
    }
  }

  static ParityTsv read(Path file) {
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().fieldSeparator('\t').ofCsvRecord(file)) {
      for (CsvRecord record : reader) {
        if (header == null) {
          header = record.getFields();
        } else {
          rows.add(record.getFields());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ParityTsv(header, rows);
  }

  int size() {
    return rows.size();
  }

  boolean has(String name) {
    return column.containsKey(name);
  }

  String get(int row, String name) {
    Integer c = column.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no column " + name);
    }
    return rows.get(row).get(c);
  }

  /** Empty gives Long.MIN_VALUE; "123.0" gives 123. */
  long time(int row, String name) {
    String v = get(row, name);
    return v.isEmpty() ? Long.MIN_VALUE : (long) Double.parseDouble(v);
  }

  double number(int row, String name) {
    String v = get(row, name);
    return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
  }

  int integer(int row, String name) {
    String v = get(row, name);
    return v.isEmpty() ? Integer.MIN_VALUE : (int) Double.parseDouble(v);
  }
}
