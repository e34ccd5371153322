package org.bridgewatch.scoring.mf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A tiny test-only TSV reader for the parity fixtures: just the columns these tests need. */
final class ParityFixture {
  private ParityFixture() {}

  static Path dir(String name) {
    String base = System.getProperty("bridgewatch.parity.dir");
    return base == null ? null : Path.of(base, name);
  }

  /** Calls back with each row as a column-name map (header from the first line). */
  static void rows(Path file, Consumer<Map<String, String>> row) throws IOException {
    try (var lines = Files.lines(file)) {
      var it = lines.iterator();
      String[] header = it.next().split("\t", -1);
      while (it.hasNext()) {
        String[] f = it.next().split("\t", -1);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length && i < f.length; i++) {
          m.put(header[i], f[i]);
        }
        row.accept(m);
      }
    }
  }

  /** The ratings needed for MF: (noteId, raterId, helpfulNum). */
  record Ratings(List<String> note, List<String> rater, List<Float> target) {}

  static Ratings ratings(Path dataDir) throws IOException {
    Ratings r = new Ratings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    rows(dataDir.resolve("ratings-00000.tsv"), m -> {
      String level = m.get("helpfulnessLevel");
      float y = switch (level) {
        case "HELPFUL" -> 1f;
        case "SOMEWHAT_HELPFUL" -> 0.5f;
        case "NOT_HELPFUL" -> 0f;
        default -> Float.NaN;
      };
      if (!Float.isNaN(y)) {
        r.note.add(m.get("noteId"));
        r.rater.add(m.get("raterParticipantId"));
        r.target.add(y);
      }
    });
    return r;
  }
}
