package org.bridgewatch.scoring.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an {@link OutputTable} as pandas' {@code to_csv(path, sep="\t", index=False)} would: a
 * header line, tab-separated cells, "\n" line ends, UTF-8. A path ending in {@code .gz} is
 * gzip-compressed.
 */
public final class TsvTableWriter {
  private static final int BUFFER = 1 << 16;

  private TsvTableWriter() {}

  public static void write(OutputTable table, Path path) throws IOException {
    write(table, path, true);
  }

  public static void write(OutputTable table, Path path, boolean header) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream raw = Files.newOutputStream(path);
        OutputStream out =
            path.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(raw, BUFFER)
                : raw;
        Writer writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER)) {
      write(table, writer, header);
    }
  }

  /** Writes to {@code writer} without closing it. */
  public static void write(OutputTable table, Writer writer, boolean header) throws IOException {
    StringBuilder line = new StringBuilder(1024);
    List<String> names = table.names();
    if (header) {
      for (int c = 0; c < names.size(); c++) {
        if (c > 0) {
          line.append('\t');
        }
        PandasFormat.appendString(line, names.get(c));
      }
      writer.append(line).append('\n');
    }
    int columns = names.size();
    OutputTable.Cell[] cells = new OutputTable.Cell[columns];
    for (int c = 0; c < columns; c++) {
      cells[c] = table.cell(c);
    }
    for (int r = 0; r < table.rows(); r++) {
      line.setLength(0);
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append('\t');
        }
        cells[c].append(r, line);
      }
      line.append('\n');
      writer.append(line);
    }
    writer.flush();
  }
}
