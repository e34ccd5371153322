package org.bridgewatch.server.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bridgewatch.scoring.io.PandasFormat;

/**
 * Streams rows in the public TSV format with the engine's own cell rules ({@link
 * PandasFormat#appendString}: pandas' {@code to_csv} quoting), so what the export writes is exactly
 * what {@link org.bridgewatch.scoring.io.PublicDataReader} reads back: a summary holding a tab, a
 * quote or a line break survives intact. The engine's columnar {@code TsvTableWriter} needs the
 * whole table in memory; this writes each row as the database cursor delivers it.
 */
public final class PublicTsvRowWriter implements RowWriter {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(1024);

  public PublicTsvRowWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void header(List<String> columns) throws IOException {
    row(columns.toArray(String[]::new));
  }

  @Override
  public void row(String[] cells) throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      PandasFormat.appendString(line, cells[i]);
    }
    line.append('\n');
    out.append(line);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
