package org.bridgewatch.cli.scored;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Locating and reading the scorer's TSV outputs by header name. */
public final class ScoredFiles {
  public static final String SCORED_NOTES = "scored_notes.tsv";
  public static final String AUX_NOTE_INFO = "aux_note_info.tsv";
  public static final String NOTE_STATUS_HISTORY = "note_status_history.tsv";

  private ScoredFiles() {}

  /** {@code path} itself if it is a file, else {@code path/fileName}; must exist. */
  public static Path resolve(Path path, String fileName) throws NoSuchFileException {
    Path file = Files.isDirectory(path) ? path.resolve(fileName) : path;
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no " + fileName + " there");
    }
    return file;
  }

  /** A TSV reader of named records (the first line is the header). */
  public static CsvReader<NamedCsvRecord> open(Path file) throws IOException {
    return CsvReader.builder()
        .fieldSeparator('\t')
        .allowMissingFields(true)
        .ofNamedCsvRecord(file);
  }

  /** The row whose {@code keyColumn} equals {@code key}, as column -> value; streams the file. */
  public static Optional<Map<String, String>> findRow(Path file, String keyColumn, String key)
      throws IOException {
    try (CsvReader<NamedCsvRecord> reader = open(file)) {
      for (NamedCsvRecord row : reader) {
        if (key.equals(row.findField(keyColumn).orElse(null))) {
          return Optional.of(row.getFieldsAsMap());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return Optional.empty();
  }
}
