package org.bridgewatch.cli.parity;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A TSV output file as rows keyed by its first column; cells as text, for comparison. */
record KeyedTsv(Map<String, Map<String, String>> rows) {
  static KeyedTsv read(Path file) throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().fieldSeparator('\t').ofNamedCsvRecord(file)) {
      for (NamedCsvRecord record : reader) {
        rows.put(record.getField(0), record.getFieldsAsMap());
      }
    }
    return new KeyedTsv(rows);
  }

  String get(String key, String column) {
    Map<String, String> row = rows.get(key);
    return row == null ? "" : row.getOrDefault(column, "");
  }
}
