package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small hand-written input files for reader tests: only the required columns, by default. */
final class MiniFiles {
  static final String NOTES_HEADER =
      "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\ttweetId\tclassification\n";
  static final String RATINGS_HEADER =
      "noteId\traterParticipantId\tcreatedAtMillis\thelpfulnessLevel\n";
  static final String ENROLLMENT_HEADER =
      "participantId\tenrollmentState\tsuccessfulRatingNeededToEarnIn"
          + "\ttimestampOfLastStateChange\n";

  static final String TWO_NOTES =
      NOTES_HEADER
          + "1\tAUTHOR1\t1000\t50\tMISINFORMED_OR_POTENTIALLY_MISLEADING\n"
          + "2\tAUTHOR2\t2000\t60\tNOT_MISLEADING\n";
  static final String THREE_RATINGS =
      RATINGS_HEADER
          + "1\tRATER1\t1500\tHELPFUL\n"
          + "2\tRATER1\t2500\tSOMEWHAT_HELPFUL\n"
          + "99\tRATER2\t2600\tNOT_HELPFUL\n";

  private MiniFiles() {}

  static Path write(Path dir, String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path gzip(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(content);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputPaths notesAndRatings(Path dir, String notes, String ratings) {
    return new InputPaths(
        write(dir, "notes-00000.tsv", notes), write(dir, "ratings-00000.tsv", ratings), null, null);
  }
}
