package org.bridgewatch.cli.scored;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A confusion matrix of one status column over the notes two runs have in common. */
public record StatusAgreement(
    String column, List<String> labels, long[][] counts, long notes, long agreeing) {

  /** Shown for an empty status (the model did not score the note). */
  public static final String NONE = "(none)";

  public double agreement() {
    return notes == 0 ? 1.0 : (double) agreeing / notes;
  }

  static StatusAgreement of(String column, ScoredNotesColumns a, ScoredNotesColumns b) {
    Map<String, Map<String, Long>> pairs = new TreeMap<>();
    TreeSet<String> labelSet = new TreeSet<>();
    long notes = 0;
    long agreeing = 0;
    for (int ra = 0; ra < a.size(); ra++) {
      int rb = b.rowOf(a.noteId(ra));
      if (rb < 0) {
        continue;
      }
      String sa = label(a.text(column, ra));
      String sb = label(b.text(column, rb));
      labelSet.add(sa);
      labelSet.add(sb);
      pairs.computeIfAbsent(sa, k -> new TreeMap<>()).merge(sb, 1L, Long::sum);
      notes++;
      agreeing += sa.equals(sb) ? 1 : 0;
    }
    List<String> labels = new ArrayList<>(labelSet);
    long[][] counts = new long[labels.size()][labels.size()];
    pairs.forEach((sa, row) -> row.forEach(
        (sb, n) -> counts[labels.indexOf(sa)][labels.indexOf(sb)] = n));
    return new StatusAgreement(column, List.copyOf(labels), counts, notes, agreeing);
  }

  private static String label(String status) {
    return status == null || status.isEmpty() ? NONE : status;
  }
}
