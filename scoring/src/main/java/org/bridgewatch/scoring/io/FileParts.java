package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Cuts a plain file into byte ranges of about equal size, each starting just after an LF, for
 * workers to parse side by side. A cut may still fall inside a quoted field that spans lines; the
 * reader notices (the part before it reads on past the cut) and re-reads the next part from the
 * right place.
 */
final class FileParts {
  private static final int SCAN = 1 << 16;

  private FileParts() {}

  /** Offsets 0 = b[0] < b[1] < ... < b[n] = size; part i is [b[i], b[i+1]). */
  static long[] bounds(FileChannel channel, long size, int parts) throws IOException {
    long[] bounds = new long[Math.max(1, parts) + 1];
    int n = 0;
    ByteBuffer scan = ByteBuffer.allocate(SCAN);
    for (int k = 1; k < parts; k++) {
      long cut = afterLineEnd(channel, size * k / parts, size, scan);
      if (cut > bounds[n] && cut < size) {
        bounds[++n] = cut;
      }
    }
    if (size > 0) {
      bounds[++n] = size;
    }
    return Arrays.copyOf(bounds, n + 1);
  }

  /** The offset just after the first LF at or after {@code target - 1}, or {@code size}. */
  private static long afterLineEnd(FileChannel channel, long target, long size, ByteBuffer scan)
      throws IOException {
    long at = Math.max(0, target - 1);
    while (at < size) {
      scan.clear();
      int n = channel.read(scan, at);
      if (n <= 0) {
        break;
      }
      byte[] b = scan.array();
      for (int i = 0; i < n; i++) {
        if (b[i] == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }
}
