package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rough check against the reference's first-round core rater parameters. Exact parity needs the
 * scorer's rating selection (topic notes and non-core raters excluded, other preprocessing); here
 * a rough core filter (modeling group in the core set or missing) and the min-ratings filter.
 */
class TinyFixtureSanityTest {
  private static final Set<Integer> CORE_GROUPS =
      Set.of(1, 2, 3, 6, 8, 9, 10, 11, 13, 14, 19, 21, 25);

  @Test
  void firstRoundRaterParametersTrackTheReference() throws Exception {
    for (String name : new String[] {"tiny", "small"}) {
      Path dir = ParityFixture.dir(name);
      assumeTrue(dir != null && Files.isDirectory(dir.resolve("reference")), "no fixture");
      run(dir, name, false);
      run(dir, name + " (reference's raters)", true);
    }
  }

  private void run(Path dir, String name, boolean oracleRaters) throws Exception {
    Map<String, Integer> group = new HashMap<>();
    ParityFixture.rows(dir.resolve("data/userEnrollment-00000.tsv"), m -> {
      String g = m.get("modelingGroup");
      group.put(m.get("participantId"), g == null || g.isEmpty() ? -1 : (int) Double.parseDouble(g));
    });
    Map<String, double[]> ref = new HashMap<>();
    ParityFixture.rows(dir.resolve("reference/helpfulness_scores.tsv"), m -> {
      String a = m.get("coreFirstRoundRaterIntercept");
      String b = m.get("coreFirstRoundRaterFactor1");
      if (a != null && !a.isEmpty() && b != null && !b.isEmpty()) {
        ref.put(m.get("raterParticipantId"), new double[] {Double.parseDouble(a), Double.parseDouble(b)});
      }
    });
    ParityFixture.Ratings all = ParityFixture.ratings(dir.resolve("data"));
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < all.note().size(); i++) {
      Integer g = group.get(all.rater().get(i));
      boolean core = g == null || g < 0 || CORE_GROUPS.contains(g);
      if (oracleRaters ? ref.containsKey(all.rater().get(i)) : core) {
        keep.add(i);
      }
    }
    keep = minRatingsFilter(all, keep);
    Map<String, Integer> noteIdx = new LinkedHashMap<>();
    Map<String, Integer> raterIdx = new LinkedHashMap<>();
    int[] note = new int[keep.size()];
    int[] rater = new int[keep.size()];
    float[] target = new float[keep.size()];
    for (int j = 0; j < keep.size(); j++) {
      int i = keep.get(j);
      note[j] = noteIdx.computeIfAbsent(all.note().get(i), k -> noteIdx.size());
      rater[j] = raterIdx.computeIfAbsent(all.rater().get(i), k -> raterIdx.size());
      target[j] = all.target().get(i);
    }
    MfProblem problem = MfProblem.of(noteIdx.size(), raterIdx.size(), note, rater, target);
    boolean[] inGroup = new boolean[raterIdx.size()];
    boolean[] enrolled = new boolean[raterIdx.size()];
    raterIdx.forEach((id, u) -> {
      Integer g = group.get(id);
      enrolled[u] = g != null;
      inGroup[u] = g != null && g == StableInitialization.MODELING_GROUP;
    });
    long t0 = System.nanoTime();
    MfResult r = StableInitialization.fit(problem, inGroup, enrolled, MfOptions.defaults());
    long ms = (System.nanoTime() - t0) / 1_000_000;

    List<double[]> pairs = new ArrayList<>();
    raterIdx.forEach((id, u) -> {
      double[] v = ref.get(id);
      if (v != null) {
        pairs.add(new double[] {r.params().raterIntercept[u], v[0], r.params().raterFactor[u], v[1]});
      }
    });
    double[] a = new double[pairs.size()], b = new double[pairs.size()];
    double[] c = new double[pairs.size()], d = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      a[i] = pairs.get(i)[0];
      b[i] = pairs.get(i)[1];
      c[i] = pairs.get(i)[2];
      d[i] = pairs.get(i)[3];
    }
    double rIntercept = Synthetic.pearson(a, b);
    double rFactor = Synthetic.pearson(c, d);
    System.out.printf(
        "%s: %d ratings, %d notes, %d raters (%d in reference), %d sweeps, %d ms, train %.4f;"
            + " rater intercept r=%.4f, factor r=%.4f%n",
        name, problem.size, problem.nNotes, problem.nRaters, ref.size(), r.iterations(), ms,
        r.trainLoss(), rIntercept, rFactor);
    assertThat(rIntercept).isGreaterThan(0.8);
    // The sign is set by a near 50/50 majority rule, so it depends on the exact rater set.
    assertThat(Math.abs(rFactor)).isGreaterThan(0.8);
  }

  @Test
  void fitsAllSmallFixtureRatingsQuickly() throws Exception {
    Path dir = ParityFixture.dir("small");
    assumeTrue(dir != null && Files.isDirectory(dir.resolve("data")), "no fixture");
    ParityFixture.Ratings all = ParityFixture.ratings(dir.resolve("data"));
    Map<String, Integer> noteIdx = new HashMap<>();
    Map<String, Integer> raterIdx = new HashMap<>();
    int size = all.note().size();
    int[] note = new int[size];
    int[] rater = new int[size];
    float[] target = new float[size];
    for (int i = 0; i < size; i++) {
      note[i] = noteIdx.computeIfAbsent(all.note().get(i), k -> noteIdx.size());
      rater[i] = raterIdx.computeIfAbsent(all.rater().get(i), k -> raterIdx.size());
      target[i] = all.target().get(i);
    }
    MfProblem problem = MfProblem.of(noteIdx.size(), raterIdx.size(), note, rater, target);
    MfResult first = null;
    for (int threads = 1; threads <= 2; threads++) {
      for (int rep = 0; rep < 3; rep++) {
        long t0 = System.nanoTime();
        MfResult r = MatrixFactorizer.fit(problem, MfOptions.defaults().withThreads(threads),
            (MfParams) null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("small, all %d ratings, %d threads: %d sweeps, %d ms, train %.4f%n",
            size, threads, r.iterations(), ms, r.trainLoss());
        assertThat(r.converged()).isTrue();
        if (first == null) {
          first = r;
        }
        assertThat(r.params()).isEqualTo(first.params());
      }
    }
  }

  /** The reference's filter_ratings: notes >= 5 ratings, raters >= 10, notes >= 5 again. */
  private static List<Integer> minRatingsFilter(ParityFixture.Ratings all, List<Integer> rows) {
    rows = byCount(rows, all.note(), 5);
    rows = byCount(rows, all.rater(), 10);
    return byCount(rows, all.note(), 5);
  }

  private static List<Integer> byCount(List<Integer> rows, List<String> key, int min) {
    Map<String, Integer> count = new HashMap<>();
    for (int i : rows) {
      count.merge(key.get(i), 1, Integer::sum);
    }
    List<Integer> out = new ArrayList<>();
    for (int i : rows) {
      if (count.get(key.get(i)) >= min) {
        out.add(i);
      }
    }
    return out;
  }
}
