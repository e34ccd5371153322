package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Turns a table's path into the files to read: the file itself, or a directory's shards. */
final class TableFiles {
  private TableFiles() {}

  /**
   * A directory's shards are its {@code .tsv} and {@code .tsv.gz} files in name order; when some of
   * them carry the table's prefix ({@code ratings-00000.tsv}) only those count, so one download
   * folder can hold all five tables.
   */
  static List<Path> resolve(Path path, PublicTable table) {
    if (!Files.exists(path)) {
      throw new DataFormatException(table.label + ": no such file or directory: " + path);
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> tsvs;
    try (Stream<Path> files = Files.list(path)) {
      tsvs = files.filter(f -> Files.isRegularFile(f) && isTsv(name(f))).sorted().toList();
    } catch (IOException e) {
      throw new DataFormatException(table.label + ": cannot list directory " + path, e);
    }
    List<Path> own = tsvs.stream().filter(f -> isShardOf(f, table.filePrefix)).toList();
    List<Path> chosen = own.isEmpty() ? tsvs : own;
    if (chosen.isEmpty()) {
      throw new DataFormatException(
          table.label + ": directory " + path + " has no .tsv or .tsv.gz files");
    }
    return chosen;
  }

  /** {@code prefix} followed by a separator, e.g. "ratings-00000.tsv" for "ratings". */
  static boolean isShardOf(Path file, String prefix) {
    String name = name(file);
    return isTsv(name)
        && name.startsWith(prefix)
        && name.length() > prefix.length()
        && !Character.isLetterOrDigit(name.charAt(prefix.length()));
  }

  private static boolean isTsv(String name) {
    return name.endsWith(".tsv") || name.endsWith(".tsv.gz");
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
