package org.bridgewatch.scoring.mf.reputation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test-only approximation of the core scorer's final-round diligence inputs on a parity fixture:
 * ratings by raters in the core modeling groups (optionally only those the reference marked above
 * the helpfulness threshold), notes with at least 5 ratings, raters with at least 10, notes again;
 * rater factors from the reference's coreRaterFactor1.
 */
final class DiligenceFixture {
  static final Set<Integer> CORE_GROUPS = Set.of(1, 2, 3, 6, 8, 9, 10, 11, 13, 14, 19, 21, 25);
  private static final List<String> TAGS = List.of(
      "notHelpfulIncorrect", "notHelpfulSourcesMissingOrUnreliable", "notHelpfulIrrelevantSources");

  final ReputationProblem problem;
  final String[] noteIds;
  final float[] raterFactor;
  final Map<String, Double> reference = new HashMap<>();
  final Map<String, Integer> referenceCount = new HashMap<>();

  static Path dir(String name) {
    String base = System.getProperty("bridgewatch.parity.dir");
    Path p = base == null ? null : Path.of(base, name);
    return p != null && Files.isDirectory(p.resolve("reference")) ? p : null;
  }

  DiligenceFixture(Path dir, boolean helpfulOnly) throws IOException {
    Map<String, Integer> group = new HashMap<>();
    Table enrollment = Table.read(dir.resolve("data/userEnrollment-00000.tsv"));
    for (String[] row : enrollment.rows) {
      String g = row[enrollment.col("modelingGroup")];
      group.put(row[enrollment.col("participantId")], g.isEmpty() ? -1 : (int) Double.parseDouble(g));
    }
    Table helpfulness = Table.read(dir.resolve("reference/helpfulness_scores.tsv"));
    Map<String, Float> factor = new HashMap<>();
    Map<String, Boolean> helpful = new HashMap<>();
    for (String[] row : helpfulness.rows) {
      String id = row[helpfulness.col("raterParticipantId")];
      String f = row[helpfulness.col("coreRaterFactor1")];
      if (!f.isEmpty()) {
        factor.put(id, Float.parseFloat(f));
      }
      helpful.put(id, "True".equalsIgnoreCase(row[helpfulness.col("aboveHelpfulnessThreshold")]));
    }
    Table aux = Table.read(dir.resolve("reference/aux_note_info.tsv"));
    for (String[] row : aux.rows) {
      String v = row[aux.col("lowDiligenceIntercept")];
      if (!v.isEmpty() && !v.equalsIgnoreCase("nan")) {
        reference.put(row[aux.col("noteId")], Double.parseDouble(v));
      }
    }
    // The core scorer leaves topic notes out of training (excludeTopics).
    Table scored = Table.read(dir.resolve("reference/scored_notes.tsv"));
    Set<String> topicNotes = new java.util.HashSet<>();
    for (String[] row : scored.rows) {
      if (!row[scored.col("noteTopic")].isEmpty()) {
        topicNotes.add(row[scored.col("noteId")]);
      }
      String k = row[scored.col("coreNumFinalRoundRatings")];
      if (!k.isEmpty() && !k.equalsIgnoreCase("nan")) {
        referenceCount.put(row[scored.col("noteId")], (int) Double.parseDouble(k));
      }
    }
    Table ratings = Table.read(dir.resolve("data/ratings-00000.tsv"));
    int noteCol = ratings.col("noteId");
    int raterCol = ratings.col("raterParticipantId");
    int[] tagCols = TAGS.stream().mapToInt(ratings::col).toArray();
    List<String[]> kept = new ArrayList<>();
    for (String[] row : ratings.rows) {
      Integer g = group.get(row[raterCol]);
      if ((g == null || CORE_GROUPS.contains(g)) && !topicNotes.contains(row[noteCol])
          && (!helpfulOnly || helpful.getOrDefault(row[raterCol], false))) {
        kept.add(row);
      }
    }
    kept = minCount(kept, noteCol, 5);
    kept = minCount(kept, raterCol, 10);
    kept = minCount(kept, noteCol, 5);
    // Local indexes in id order, like the reference's sorted dataset.
    TreeMap<String, Integer> notes = new TreeMap<>();
    TreeMap<String, Integer> raters = new TreeMap<>();
    for (String[] row : kept) {
      notes.put(row[noteCol], 0);
      raters.put(row[raterCol], 0);
    }
    number(notes);
    number(raters);
    int n = kept.size();
    int[] note = new int[n];
    int[] rater = new int[n];
    float[] target = new float[n];
    for (int i = 0; i < n; i++) {
      String[] row = kept.get(i);
      note[i] = notes.get(row[noteCol]);
      rater[i] = raters.get(row[raterCol]);
      boolean any = false;
      for (int c : tagCols) {
        any |= row[c].equals("1");
      }
      target[i] = any ? 1f : 0f;
    }
    problem = ReputationProblem.of(notes.size(), raters.size(), note, rater, target);
    noteIds = notes.keySet().toArray(new String[0]);
    raterFactor = new float[raters.size()];
    raters.forEach((id, u) -> raterFactor[u] = factor.getOrDefault(id, Float.NaN));
  }

  /** Pearson r of the given per-local-note values against the reference column. */
  double pearson(float[] values) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < noteIds.length; i++) {
      Double ref = reference.get(noteIds[i]);
      if (ref != null) {
        pairs.add(new double[] {values[i], ref});
      }
    }
    double[] a = pairs.stream().mapToDouble(x -> x[0]).toArray();
    double[] b = pairs.stream().mapToDouble(x -> x[1]).toArray();
    return Stats.pearson(a, b);
  }

  int matched() {
    return (int) Arrays.stream(noteIds).filter(reference::containsKey).count();
  }

  private static void number(TreeMap<String, Integer> m) {
    int i = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      e.setValue(i++);
    }
  }

  private static List<String[]> minCount(List<String[]> rows, int col, int min) {
    Map<String, Integer> count = new HashMap<>();
    for (String[] r : rows) {
      count.merge(r[col], 1, Integer::sum);
    }
    List<String[]> out = new ArrayList<>();
    for (String[] r : rows) {
      if (count.get(r[col]) >= min) {
        out.add(r);
      }
    }
    return out;
  }

  record Table(Map<String, Integer> header, List<String[]> rows) {
    static Table read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      Map<String, Integer> h = new LinkedHashMap<>();
      String[] names = lines.get(0).split("\t", -1);
      for (int i = 0; i < names.length; i++) {
        h.put(names[i], i);
      }
      List<String[]> rows = new ArrayList<>(lines.size());
      for (int i = 1; i < lines.size(); i++) {
        rows.add(lines.get(i).split("\t", -1));
      }
      return new Table(h, rows);
    }

    int col(String name) {
      Integer i = header.get(name);
      if (i == null) {
        throw new IllegalArgumentException(name);
      }
      return i;
    }
  }
}
