package org.bridgewatch.server.export;

import java.io.OutputStream;

/** Opens a {@link RowWriter} on a stream (the HTTP response, a file). */
@FunctionalInterface
public interface RowWriterFactory {
  RowWriter open(OutputStream out);
}
