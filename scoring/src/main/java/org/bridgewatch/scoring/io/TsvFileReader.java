package org.bridgewatch.scoring.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the lines of one TSV file (plain or gzip, told apart by the gzip magic bytes) into a
 * reused {@link TsvRow}. Quoting follows pandas' defaults: a field that starts with {@code "} is
 * quoted, {@code ""} inside it is one quote, and a quote elsewhere is an ordinary character.
 */
final class TsvFileReader implements Closeable {
  private static final int BUFFER = 1 << 16;

  final Path path;
  final String name;
  final long totalBytes;
  private final CountingStream counter;
  private final CsvReader<TsvRow> csv;
  private final Iterator<TsvRow> rows;
  private final TsvRow row = new TsvRow();

  TsvFileReader(Path path) {
    this.path = path;
    this.name = path.getFileName().toString();
    try {
      this.totalBytes = Files.size(path);
      this.counter = new CountingStream(Files.newInputStream(path));
      InputStream in = new BufferedInputStream(counter, BUFFER);
      if (isGzip(in)) {
        in = new GZIPInputStream(in, BUFFER);
      }
      this.csv =
          CsvReader.builder()
              .fieldSeparator('\t')
              .quoteCharacter('"')
              .commentStrategy(CommentStrategy.NONE)
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .allowExtraCharsAfterClosingQuote(true)
              .build(row, new InputStreamReader(in, StandardCharsets.UTF_8));
      this.rows = csv.iterator();
    } catch (ZipException e) {
      throw new DataFormatException(name + ": not a valid gzip file (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DataFormatException(name + ": cannot read (" + e + ")", e);
    }
  }

  /** The next non-empty line, or null at the end of the file. */
  TsvRow next() {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (CsvParseException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new DataFormatException(name + ": " + describe(cause), e);
    } catch (UncheckedIOException e) {
      throw new DataFormatException(name + ": " + describe(e.getCause()), e);
    }
  }

  private static String describe(Throwable t) {
    return t instanceof ZipException || t instanceof java.io.EOFException
        ? "corrupt or truncated gzip data (" + t.getMessage() + ")"
        : String.valueOf(t.getMessage());
  }

  long bytesRead() {
    return counter.count;
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  /** Counts bytes taken from the file, for progress reports. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
