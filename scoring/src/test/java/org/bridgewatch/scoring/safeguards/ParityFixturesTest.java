package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

/**
 * The parity fixtures' observable signal: the reference's coreNoteInterceptNoCorrelated equals
 * coreNoteIntercept on every note of "tiny" (no correlated rater in final scoring) and differs on
 * "small"; NoHighVol differs on both (someone is high volume). The generator's planted cliques
 * (raters_truth.tsv cliqueId) must come out as the groups.
 */
class ParityFixturesTest {
  private record World(FixtureLoader data, Map<Integer, String> planted, RaterClusters clusters, boolean[] highVolume) {}

  private static World load(String name) throws Exception {
    String dir = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir, name, "data")), "no parity fixtures");
    Path data = Path.of(dir, name, "data");
    FixtureLoader f = new FixtureLoader(data);
    boolean[] include = new boolean[f.ratings.size];
    for (int r = 0; r < include.length; r++) {
      include[r] = f.ratings.note[r] >= 0;
    }
    int[] rank = ParticipantOrder.ranks(f.participants);
    Map<Integer, String> planted = new HashMap<>();
    List<String[]> rows = FixtureLoader.rows(data.resolve("raters_truth.tsv"));
    int idCol = FixtureLoader.column(rows.get(0), "participantId");
    int cliqueCol = FixtureLoader.column(rows.get(0), "cliqueId");
    for (String[] row : rows.subList(1, rows.size())) {
      int p = f.participants.indexOf(row[idCol]);
      if (p >= 0 && !"0".equals(row[cliqueCol])) {
        planted.put(p, row[cliqueCol]);
      }
    }
    boolean[] hv =
        HighVolumeRaters.flagRaters(
            f.ratings, null, f.participants.size(), HighVolumeOptions.DEFAULTS);
    return new World(f, planted, RaterClusters.compute(f.notes, f.ratings, include, rank), hv);
  }

  @Test
  void tiny() throws Exception {
    World w = load("tiny");
    // Post selection similarity finds the one planted clique; quasi-cliques find nothing, so
    // nobody is correlated in final scoring, matching NoCorrelated == full intercept.
    assertThat(members(w.clusters().postSelectionValue())).isEqualTo(w.planted().keySet());
    assertThat(sameLabelWithinPlanted(w, w.clusters().postSelectionValue())).isTrue();
    assertThat(w.clusters().quasiCliques()).isEmpty();
    assertThat(ParityFixturesTest.count(w.clusters().correlatedForFinalScoring())).isZero();
    assertThat(count(w.highVolume())).isEqualTo(1);
    report("tiny", w);
  }

  @Test
  void small() throws Exception {
    World w = load("small");
    assertThat(w.planted()).hasSize(18);
    assertThat(members(w.clusters().postSelectionValue())).isEqualTo(w.planted().keySet());
    assertThat(members(w.clusters().quasiCliqueValue())).isEqualTo(w.planted().keySet());
    assertThat(sameLabelWithinPlanted(w, w.clusters().postSelectionValue())).isTrue();
    assertThat(sameLabelWithinPlanted(w, w.clusters().quasiCliqueValue())).isTrue();
    assertThat(count(w.clusters().correlatedForFinalScoring())).isEqualTo(18);
    assertThat(count(w.highVolume())).isEqualTo(4);
    report("small", w);
  }

  /** Pair counting splits raters into chunks over threads; the cliques must not notice. */
  @Test
  void quasiCliquesDoNotDependOnThreads() throws Exception {
    World w = load("small");
    FixtureLoader f = w.data();
    int[] rank = ParticipantOrder.ranks(f.participants);
    assertThat(rank.length).as("more raters than one counting chunk").isGreaterThan(1024);
    for (int threads : new int[] {2, 3}) {
      List<QuasiClique> again = QuasiCliqueDetection.detect(
          f.notes, f.ratings, null, rank, QuasiCliqueOptions.DEFAULTS, threads);
      assertThat(again).hasSameSizeAs(w.clusters().quasiCliques());
      for (int i = 0; i < again.size(); i++) {
        assertThat(again.get(i).raters()).isEqualTo(w.clusters().quasiCliques().get(i).raters());
        assertThat(again.get(i).tweets()).isEqualTo(w.clusters().quasiCliques().get(i).tweets());
      }
    }
  }

  private static void report(String name, World w) {
    RatingTable ratings = w.data().ratings;
    boolean[] correlated = w.clusters().correlatedForFinalScoring();
    Set<Integer> hvNotes = new HashSet<>();
    Set<Integer> corrNotes = new HashSet<>();
    int hvRatings = 0;
    int corrRatings = 0;
    for (int r = 0; r < ratings.size; r++) {
      if (w.highVolume()[ratings.rater[r]]) {
        hvRatings++;
        hvNotes.add(ratings.note[r]);
      }
      if (correlated[ratings.rater[r]]) {
        corrRatings++;
        corrNotes.add(ratings.note[r]);
      }
    }
    System.out.printf(
        "%s: highVolume raters=%d ratings=%d notes=%d; correlated(final) raters=%d ratings=%d notes=%d;"
            + " quasiCliques=%d%n",
        name, count(w.highVolume()), hvRatings, hvNotes.size(), count(correlated), corrRatings,
        corrNotes.size(), w.clusters().quasiCliques().size());
  }

  private static Set<Integer> members(int[] labels) {
    Set<Integer> out = new HashSet<>();
    for (int p = 0; p < labels.length; p++) {
      if (labels[p] > 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** Raters planted together share a label, and different planted cliques differ. */
  private static boolean sameLabelWithinPlanted(World w, int[] labels) {
    Map<String, Integer> labelOf = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (Map.Entry<Integer, String> e : w.planted().entrySet()) {
      Integer seen = labelOf.putIfAbsent(e.getValue(), labels[e.getKey()]);
      if (seen != null && seen != labels[e.getKey()]) {
        return false;
      }
    }
    used.addAll(labelOf.values());
    return used.size() == labelOf.size();
  }

  static int count(boolean[] flags) {
    int c = 0;
    for (boolean x : flags) {
      if (x) {
        c++;
      }
    }
    return c;
  }
}
