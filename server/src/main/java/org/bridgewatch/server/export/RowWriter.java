package org.bridgewatch.server.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one table, row by row, in the public TSV format. Null cells are written empty. {@link
 * PublicTsvRowWriter} writes the bytes; the scoring snapshot wraps it to count rows.
 */
public interface RowWriter extends Closeable {
  void header(List<String> columns) throws IOException;

  void row(String[] cells) throws IOException;
}
