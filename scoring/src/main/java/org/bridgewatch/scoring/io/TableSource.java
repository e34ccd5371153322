package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bridgewatch.scoring.parallel.Join;

/**
 * The files of one table with their column layouts. {@link #prepare} reads only each file's first
 * line, so that every header of every input can be checked before any row is parsed; {@link
 * #forEachRow} then streams the rows, or {@link #forEachPart} reads them in parts on several
 * threads.
 */
final class TableSource {
  private static final int PROGRESS_EVERY_ROWS = 1 << 14;
  /** Parts per thread: a few, so that a worker slowed by a busy machine holds up little. */
  private static final int PARTS_PER_THREAD = 4;
  private static final long PROGRESS_EVERY_MILLIS = 200;

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
      total += streamFile(file, sink, progress);
    }
    return total;
  }

  /** Streams one file's data lines into {@code sink} on this thread; returns their number. */
  private long streamFile(PreparedFile file, RowSink sink, ProgressListener progress) {
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
      return rows;
    }
  }

  /**
   * Reads every data line like {@link #forEachRow}, but a plain file in parts on {@code threads}
   * workers, each part into its own sink from {@code newPart}. {@code inOrder} then gets the sinks
   * on this thread in file order, so whatever depends on order (first-seen participant indexes)
   * comes out as a single pass would make it; a gzip file is one part. The first bad line in file
   * order is the one reported, with its line number in the whole file.
   */
  <P extends RowSink> long forEachPart(
      Supplier<P> newPart, Consumer<P> inOrder, int threads, ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, schema.table.label + "-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      long total = 0;
      for (PreparedFile file : files) {
        if (isGzip(file.path())) {
          P sink = newPart.get();
          total += streamFile(file, sink, progress);
          inOrder.accept(sink);
        } else {
          total += readInParts(file, newPart, inOrder, threads, pool, progress);
        }
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** What one worker made of one part. */
  private record Part<P>(
      P sink, long rows, long lines, long end, DataFormatException error) {}

  private <P extends RowSink> long readInParts(
      PreparedFile file,
      Supplier<P> newPart,
      Consumer<P> inOrder,
      int threads,
      ExecutorService pool,
      ProgressListener progress) {
    Path path = file.path();
    String name = file.layout().file();
    long size;
    long[] bounds;
    try (FileChannel channel = FileChannel.open(path)) {
      size = channel.size();
      bounds = FileParts.bounds(channel, size, threads * PARTS_PER_THREAD);
    } catch (IOException e) {
      throw new DataFormatException(name + ": cannot read (" + e + ")", e);
    }
    progress.fileStarted(schema.table.label, path, size);
    AtomicLong done = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Part<P>>> parts = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.length; i++) {
      long from = bounds[i];
      long to = bounds[i + 1];
      P sink = newPart.get();
      parts.add(pool.submit(() -> parsePart(file, from, to, sink, done, stop)));
    }
    long rows = 0;
    long lineBase = 0;
    long expected = 0;
    try {
      for (int i = 0; i < parts.size(); i++) {
        Future<Part<P>> future = parts.get(i);
        Part<P> part;
        if (bounds[i + 1] <= expected) {
          future.cancel(true); // wholly inside a quoted field that began in an earlier part
          continue;
        } else if (bounds[i] == expected) {
          part = await(future, path, done, size, progress);
        } else {
          // The cut fell inside a quoted field, so this worker started mid-line: redo the part
          // from where the last line of the one before really ended.
          future.cancel(true);
          part = parsePart(file, expected, bounds[i + 1], newPart.get(), null, stop);
        }
        if (part.error() != null) {
          throw part.error().linesLater(lineBase);
        }
        inOrder.accept(part.sink());
        rows += part.rows();
        lineBase += part.lines();
        expected = part.end();
      }
    } finally {
      stop.set(true);
    }
    progress.bytesRead(path, size, size);
    progress.fileFinished(path, rows);
    return rows;
  }

  private static <P> Part<P> await(
      Future<Part<P>> future, Path path, AtomicLong done, long size, ProgressListener progress) {
    return Join.get(future, "reading " + path, PROGRESS_EVERY_MILLIS,
        () -> progress.bytesRead(path, Math.min(done.get(), size), size));
  }

  /** Parses the lines starting in [from, to); a bad line ends the part with its error. */
  private static <P extends RowSink> Part<P> parsePart(
      PreparedFile file, long from, long to, P sink, AtomicLong done, AtomicBoolean stop) {
    TsvRow row = new TsvRow();
    long rows = 0;
    TsvByteParser parser = null;
    try (FileChannel channel = FileChannel.open(file.path())) {
      parser = new TsvByteParser(channel, from, to, row, done);
      if (from == 0 && file.layout().hasHeader()) {
        parser.next();
      }
      while (parser.next() != null) {
        row.bind(file.layout());
        row.checkWidth();
        sink.accept(row);
        if (++rows % PROGRESS_EVERY_ROWS == 0 && stop.get()) {
          break;
        }
      }
      return new Part<>(sink, rows, parser.lines(), parser.position(), null);
    } catch (DataFormatException e) {
      return new Part<>(sink, rows, 0, -1, e);
    } catch (IOException e) {
      DataFormatException error =
          new DataFormatException(file.layout().file() + ": cannot read (" + e + ")", e);
      return new Part<>(sink, rows, 0, -1, error);
    }
  }

  private static boolean isGzip(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      throw new DataFormatException(path.getFileName() + ": cannot read (" + e + ")", e);
    }
  }
}
