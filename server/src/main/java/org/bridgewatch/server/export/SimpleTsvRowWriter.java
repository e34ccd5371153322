package org.bridgewatch.server.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A minimal streaming TSV writer: tab-separated, LF line ends, UTF-8. A tab, CR or LF inside a
 * cell would break the row structure, so each becomes a space.
 */
public final class SimpleTsvRowWriter implements RowWriter {
  private final Writer out;

  public SimpleTsvRowWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void header(List<String> columns) throws IOException {
    row(columns.toArray(String[]::new));
  }

  @Override
  public void row(String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      String cell = cells[i];
      if (cell != null) {
        for (int c = 0; c < cell.length(); c++) {
          char ch = cell.charAt(c);
          out.write(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
        }
      }
    }
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
