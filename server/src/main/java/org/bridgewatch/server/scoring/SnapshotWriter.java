package org.bridgewatch.server.scoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bridgewatch.server.export.ExportService;
import org.bridgewatch.server.export.PublicTsvRowWriter;
import org.bridgewatch.server.export.RowWriter;
import org.springframework.stereotype.Component;

/**
 * Streams the database into a directory of public TSV files ({@code notes-00000.tsv}, ...): the
 * export's view as of the run's epoch, no delay. Counts the rows of each table and hashes all bytes
 * (SHA-256, tables in {@link ExportService.Table} order) as they are written.
 */
@Component
public class SnapshotWriter {
  private final ExportService export;

  public SnapshotWriter(ExportService export) {
    this.export = export;
  }

  /** What a snapshot holds. */
  public record Snapshot(Path dir, ScoringRunLog.Inputs inputs) {}

  public Snapshot write(Path dir, long cutoffMillis) throws IOException {
    MessageDigest digest = sha256();
    Map<ExportService.Table, CountingWriter> writers = new EnumMap<>(ExportService.Table.class);
    try {
      export.exportAll(cutoffMillis, table -> {
        try {
          OutputStream file = Files.newOutputStream(dir.resolve(table.name() + "-00000.tsv"));
          CountingWriter w = new CountingWriter(file, new DigestOutputStream(file, digest));
          writers.put(table, w);
          return w;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      for (CountingWriter w : writers.values()) {
        w.file.close();
      }
    }
    ScoringRunLog.Inputs inputs = new ScoringRunLog.Inputs(
        rows(writers, ExportService.Table.notes),
        rows(writers, ExportService.Table.ratings),
        rows(writers, ExportService.Table.userEnrollment),
        rows(writers, ExportService.Table.noteStatusHistory),
        rows(writers, ExportService.Table.noteRequests),
        HexFormat.of().formatHex(digest.digest()));
    return new Snapshot(dir, inputs);
  }

  private static long rows(Map<ExportService.Table, CountingWriter> writers, ExportService.Table table) {
    CountingWriter w = writers.get(table);
    return w == null ? 0 : w.rows;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Counts data rows on their way to the file; closing flushes, the file is closed by the caller. */
  private static final class CountingWriter implements RowWriter {
    final OutputStream file;
    final RowWriter tsv;
    long rows;

    CountingWriter(OutputStream file, OutputStream hashed) {
      this.file = file;
      this.tsv = new PublicTsvRowWriter(hashed); // buffers; its close() only flushes
    }

    @Override
    public void header(List<String> columns) throws IOException {
      tsv.header(columns);
    }

    @Override
    public void row(String[] cells) throws IOException {
      rows++;
      tsv.row(cells);
    }

    @Override
    public void close() throws IOException {
      tsv.close();
    }
  }
}
