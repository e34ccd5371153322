package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the five public tables are. Each path may be a file ({@code .tsv} or gzip), or a directory
 * of shards. {@code notes} and {@code ratings} are required; a missing status history or enrollment
 * reads as an empty table, missing note requests as {@code null}.
 */
public record InputPaths(
    Path notes,
    Path ratings,
    Path statusHistory,
    Path enrollment,
    Path noteRequests,
    HeaderMode headers) {

  public InputPaths {
    if (headers == null) {
      headers = HeaderMode.PRESENT;
    }
  }

  public InputPaths(Path notes, Path ratings, Path statusHistory, Path enrollment) {
    this(notes, ratings, statusHistory, enrollment, null, HeaderMode.PRESENT);
  }

  public InputPaths withHeaders(HeaderMode mode) {
    return new InputPaths(notes, ratings, statusHistory, enrollment, noteRequests, mode);
  }

  public InputPaths withNoteRequests(Path path) {
    return new InputPaths(notes, ratings, statusHistory, enrollment, path, headers);
  }

  /**
   * The layout of a download folder: every table whose files ({@code notes-00000.tsv}, {@code
   * ratings-00003.tsv.gz}, ...) are found in {@code dir}; absent tables are null.
   */
  public static InputPaths fromDirectory(Path dir) {
    return new InputPaths(
        tableIn(dir, PublicTable.NOTES),
        tableIn(dir, PublicTable.RATINGS),
        tableIn(dir, PublicTable.STATUS_HISTORY),
        tableIn(dir, PublicTable.ENROLLMENT),
        tableIn(dir, PublicTable.NOTE_REQUESTS),
        HeaderMode.PRESENT);
  }

  private static Path tableIn(Path dir, PublicTable table) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> TableFiles.isShardOf(f, table.filePrefix)) ? dir : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
