package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParityExplorationTest {
  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void report(String name) throws Exception {
    String dir = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir, name, "data")));
    Path data = Path.of(dir, name, "data");
    FixtureLoader f = new FixtureLoader(data);
    int n = f.participants.size();
    int[] rank = ParticipantOrder.ranks(f.participants);
    boolean[] include = new boolean[f.ratings.size];
    for (int r = 0; r < include.length; r++) {
      include[r] = f.ratings.note[r] >= 0;
    }
    boolean[] hv = HighVolumeRaters.flagRaters(f.ratings, null, n, HighVolumeOptions.DEFAULTS);
    RaterClusters clusters = RaterClusters.compute(f.notes, f.ratings, include, rank);
    Map<String, String> truth = new HashMap<>();
    List<String[]> rows = FixtureLoader.rows(data.resolve("raters_truth.tsv"));
    int idCol = FixtureLoader.column(rows.get(0), "participantId");
    int cliqueCol = FixtureLoader.column(rows.get(0), "cliqueId");
    for (String[] row : rows.subList(1, rows.size())) {
      truth.put(row[idCol], row[cliqueCol]);
    }
    System.out.printf("%s: highVol=%d%n", name, count(hv));
    for (int p = 0; p < n; p++) {
      String planted = truth.getOrDefault(f.participants.id(p), "?");
      if (clusters.postSelectionValue()[p] > 0 || clusters.quasiCliqueValue()[p] > 0 || !"0".equals(planted) && !"?".equals(planted)) {
        System.out.printf(
            "  %s planted=%s pss=%d qc=%d hv=%b%n",
            f.participants.id(p).substring(0, 8), planted, clusters.postSelectionValue()[p],
            clusters.quasiCliqueValue()[p], hv[p]);
      }
    }
    for (QuasiClique c : clusters.quasiCliques()) {
      System.out.printf("  clique raters=%d tweets=%d%n", c.raters().length, c.tweets().length);
    }
    System.out.printf(
        "  correlated prescoring=%d final=%d%n",
        count(clusters.correlatedForPrescoring()), count(clusters.correlatedForFinalScoring()));
    assertThat(n).isPositive();
  }

  static int count(boolean[] b) {
    int c = 0;
    for (boolean x : b) {
      if (x) {
        c++;
      }
    }
    return c;
  }
}
