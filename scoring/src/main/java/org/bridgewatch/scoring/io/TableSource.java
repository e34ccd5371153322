package org.bridgewatch.scoring.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one table with their column layouts. {@link #prepare} reads only each file's first
 * line, so that every header of every input can be checked before any row is parsed; {@link
 * #forEachRow} then streams the rows.
 */
final class TableSource {
  private static final int PROGRESS_EVERY_ROWS = 1 << 14;

  /** Receives each data line, already checked to have the header's width. */
  interface RowSink {
    void accept(TsvRow row);
  }

  private record PreparedFile(Path path, ColumnLayout layout) {}

  final TableSchema schema;
  private final List<PreparedFile> files;

  private TableSource(TableSchema schema, List<PreparedFile> files) {
    this.schema = schema;
    this.files = files;
  }

  /** Resolves and checks the files; problems are collected rather than thrown. */
  static TableSource prepare(
      TableSchema schema, Path path, HeaderMode mode, List<String> problems) {
    List<PreparedFile> prepared = new ArrayList<>();
    List<Path> paths;
    try {
      paths = TableFiles.resolve(path, schema.table);
    } catch (DataFormatException e) {
      problems.add(e.getMessage());
      return new TableSource(schema, prepared);
    }
    for (Path file : paths) {
      try (TsvFileReader reader = new TsvFileReader(file)) {
        TsvRow first = reader.next();
        if (first == null) {
          problems.add(
              reader.name
                  + ": file is empty (a "
                  + schema.table.label
                  + " file needs at least a header line)");
          continue;
        }
        String[] fields = first.fields();
        boolean header =
            mode == HeaderMode.PRESENT
                || (mode == HeaderMode.AUTO && schema.looksLikeHeader(fields));
        ColumnLayout layout =
            header
                ? schema.fromHeader(reader.name, fields, problems)
                : schema.positional(reader.name, fields.length, problems);
        prepared.add(new PreparedFile(file, layout));
      } catch (DataFormatException e) {
        problems.add(e.getMessage());
      }
    }
    return new TableSource(schema, prepared);
  }

  /** Streams every data line of every file, in file order; returns the number of lines. */
  long forEachRow(RowSink sink, ProgressListener progress) {
    long total = 0;
    for (PreparedFile file : files) {
      try (TsvFileReader reader = new TsvFileReader(file.path())) {
        progress.fileStarted(schema.table.label, file.path(), reader.totalBytes);
        if (file.layout().hasHeader()) {
          reader.next();
        }
        long rows = 0;
        TsvRow row;
        while ((row = reader.next()) != null) {
          row.bind(file.layout());
          row.checkWidth();
          sink.accept(row);
          if (++rows % PROGRESS_EVERY_ROWS == 0) {
            progress.bytesRead(file.path(), reader.bytesRead(), reader.totalBytes);
          }
        }
        progress.bytesRead(file.path(), reader.totalBytes, reader.totalBytes);
        progress.fileFinished(file.path(), rows);
        total += rows;
      }
    }
    return total;
  }
}
