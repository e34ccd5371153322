package org.bridgewatch.scoring.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one logical TSV table as {@code <base>-00000.tsv[.gz]}, {@code <base>-00001...}: each
 * shard starts with the header and holds at most {@code shardRows} data rows. Fields are appended
 * into a byte buffer (no String per field), because rating rows are written by the hundred
 * million.
 */
public final class ShardedTsvWriter implements AutoCloseable {
  private static final byte TAB = '\t';
  private static final byte NEWLINE = '\n';
  private static final int BUFFER_BYTES = 1 << 16;

  private final Path dir;
  private final String baseName;
  private final byte[] header;
  private final long shardRows;
  private final boolean gzip;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private final byte[] digits = new byte[20];
  private int used;
  private OutputStream out;
  private int shardIndex = -1;
  private long rowsInShard;
  private long rowsTotal;
  private boolean fieldStarted;

  /** {@code shardRows <= 0} means a single shard. */
  public ShardedTsvWriter(Path dir, String baseName, String headerLine, long shardRows,
      boolean gzip) throws IOException {
    this.dir = dir;
    this.baseName = baseName;
    this.header = (headerLine + "\n").getBytes(StandardCharsets.UTF_8);
    this.shardRows = shardRows <= 0 ? Long.MAX_VALUE : shardRows;
    this.gzip = gzip;
    openNextShard();
  }

  /** The file name of shard {@code index}, e.g. {@code ratings-00000.tsv.gz}. */
  public static String shardFileName(String baseName, int index, boolean gzip) {
    return String.format("%s-%05d.tsv%s", baseName, index, gzip ? ".gz" : "");
  }

  public long rowsWritten() {
    return rowsTotal;
  }

  public int shardCount() {
    return shardIndex + 1;
  }

  /** Appends a field (separated from the previous field of the row by a tab). */
  public ShardedTsvWriter field(String value) throws IOException {
    separate();
    if (value != null) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      put(bytes, 0, bytes.length);
    }
    return this;
  }

  /** Appends pre-encoded bytes as a field (for constant values such as enum names). */
  public ShardedTsvWriter field(byte[] value) throws IOException {
    separate();
    put(value, 0, value.length);
    return this;
  }

  public ShardedTsvWriter field(long value) throws IOException {
    separate();
    if (value == Long.MIN_VALUE) {
      return field(Long.toString(value));
    }
    if (value < 0) {
      putByte((byte) '-');
      value = -value;
    }
    int pos = digits.length;
    do {
      digits[--pos] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    put(digits, pos, digits.length - pos);
    return this;
  }

  /** A 0/1 flag field. */
  public ShardedTsvWriter flag(boolean value) throws IOException {
    separate();
    putByte(value ? (byte) '1' : (byte) '0');
    return this;
  }

  /** An empty field. */
  public ShardedTsvWriter empty() throws IOException {
    separate();
    return this;
  }

  /** Ends the row; starts a new shard first if the current one is full. */
  public void endRow() throws IOException {
    putByte(NEWLINE);
    fieldStarted = false;
    rowsInShard++;
    rowsTotal++;
    if (rowsInShard >= shardRows) {
      flushBuffer();
      out.close();
      out = null;
    }
  }

  private void separate() throws IOException {
    if (out == null) {
      openNextShard();
    }
    if (fieldStarted) {
      putByte(TAB);
    }
    fieldStarted = true;
  }

  private void openNextShard() throws IOException {
    shardIndex++;
    rowsInShard = 0;
    Path file = dir.resolve(shardFileName(baseName, shardIndex, gzip));
    OutputStream raw = Files.newOutputStream(file);
    out = gzip ? new GZIPOutputStream(raw, BUFFER_BYTES) : raw;
    out.write(header);
  }

  private void putByte(byte b) throws IOException {
    if (used == buffer.length) {
      flushBuffer();
    }
    buffer[used++] = b;
  }

  private void put(byte[] bytes, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(bytes, offset, length);
        return;
      }
    }
    System.arraycopy(bytes, offset, buffer, used, length);
    used += length;
  }

  private void flushBuffer() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      flushBuffer();
      out.close();
      out = null;
    }
  }
}
