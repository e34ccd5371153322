package org.bridgewatch.scoring.io;

import java.nio.file.Path;

/**
 * Hears how far loading has got, so a CLI can draw a progress bar. Byte counts are of the file on
 * disk (compressed bytes for a gzip file). Calls come from the loading thread, in file order.
 */
public interface ProgressListener {
  /** Ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /** A file of {@code table} ("notes", "ratings", ...) is about to be read. */
  default void fileStarted(String table, Path file, long totalBytes) {}

  /** Called every few thousand rows and once at the end of each file. */
  default void bytesRead(Path file, long bytesDone, long totalBytes) {}

  default void fileFinished(Path file, long rows) {}

  /** Something was accepted but worth telling, e.g. ratings dropped for having no helpfulness. */
  default void warning(String message) {}
}
