package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bridgewatch.scoring.model.Nulls;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the contributor phase on the tiny fixture with the reference's own final statuses and new
 * status history as input, and compares every non-MF column of helpfulness_scores.tsv.
 */
class ContributorPhaseParityTest {

  static final String[] DOUBLE_COLUMNS = {
    "successfulRatingHelpfulCount", "successfulRatingNotHelpfulCount", "successfulRatingTotal",
    "unsuccessfulRatingHelpfulCount", "unsuccessfulRatingNotHelpfulCount",
    "unsuccessfulRatingTotal", "ratingsAwaitingMoreRatings", "ratedAfterDecision",
    "notesCurrentlyRatedHelpful", "notesCurrentlyRatedNotHelpful", "notesAwaitingMoreRatings",
    "aggregateRatingReceivedTotal"
  };

  static Path fixture() {
    String dir = System.getProperty("bridgewatch.parity.dir");
    Assumptions.assumeTrue(dir != null, "no parity dir");
    Path tiny = Path.of(dir, "tiny");
    Assumptions.assumeTrue(Files.isDirectory(tiny.resolve("reference")), "no tiny fixture");
    return tiny;
  }

  @Test
  void everyContributorColumnMatchesTheReference() throws Exception {
    TinyFixture f = new TinyFixture(fixture());
    ContributorScores s = ContributorPhase.run(f.input());

    Map<String, Integer> mismatches = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    int compared = 0;
    for (var e : f.expected.entrySet()) {
      int p = f.participants.indexOf(e.getKey());
      Map<String, String> row = e.getValue();
      assertThat(p).as(e.getKey()).isGreaterThanOrEqualTo(0);
      compared++;
      for (String col : DOUBLE_COLUMNS) {
        check(mismatches, examples, e.getKey(), col, row.get(col), fmt(column(s, col)[p]));
      }
      check(mismatches, examples, e.getKey(), "enrollmentState", row.get("enrollmentState"),
          intOrEmpty(s.enrollmentState[p]));
      check(mismatches, examples, e.getKey(), "successfulRatingNeededToEarnIn",
          row.get("successfulRatingNeededToEarnIn"), intOrEmpty(s.successfulRatingNeededToEarnIn[p]));
      check(mismatches, examples, e.getKey(), "numberOfTimesEarnedOut",
          row.get("numberOfTimesEarnedOut"), intOrEmpty(s.numberOfTimesEarnedOut[p]));
      check(mismatches, examples, e.getKey(), "timestampOfLastStateChange",
          row.get("timestampOfLastStateChange"), timeOrEmpty(s.timestampOfLastStateChange[p]));
      check(mismatches, examples, e.getKey(), "timestampOfLastEarnOut",
          row.get("timestampOfLastEarnOut"), s.timestampOfLastEarnOut[p] + ".0");
      check(mismatches, examples, e.getKey(), "authorTopNotHelpfulTagValues",
          row.get("authorTopNotHelpfulTagValues"),
          s.authorTopNotHelpfulTagValues[p] == null ? "" : s.authorTopNotHelpfulTagValues[p]);
      check(mismatches, examples, e.getKey(), "isEmergingWriter", row.get("isEmergingWriter"),
          s.isEmergingWriter[p] ? "True" : "False");
      int[][] recent = {s.crhTotal14d, s.crnhTotal14d, s.nmrTotal14d, s.crhTotal90d,
          s.crnhTotal90d, s.nmrTotal90d};
      String[] recentNames = {"crhTotal14d", "crnhTotal14d", "nmrTotal14d", "crhTotal90d",
          "crnhTotal90d", "nmrTotal90d"};
      for (int i = 0; i < recent.length; i++) {
        check(mismatches, examples, e.getKey(), recentNames[i], row.get(recentNames[i]),
            Integer.toString(recent[i][p]));
      }
    }
    System.out.println("compared rows: " + compared + ", mismatches per column: " + mismatches);
    examples.stream().limit(20).forEach(System.out::println);
    assertThat(compared).isEqualTo(f.expected.size());
    // The fixture exercises the transitions, not only carried-over states.
    long changedNow = 0;
    long acknowledged = 0;
    for (int p = 0; p < s.size; p++) {
      changedNow += s.timestampOfLastStateChange[p] == f.nowMillis ? 1 : 0;
      acknowledged += s.enrollmentState[p] == 3 ? 1 : 0;
    }
    assertThat(changedNow).isGreaterThan(100);
    assertThat(acknowledged).isGreaterThan(10);
    assertThat(mismatches).isEmpty();
  }

  static void check(Map<String, Integer> mismatches, List<String> examples, String id, String col,
      String want, String got) {
    if (!want.equals(got)) {
      mismatches.merge(col, 1, Integer::sum);
      examples.add(col + " " + id.substring(0, 8) + " want=" + want + " got=" + got);
    }
  }

  static double[] column(ContributorScores s, String name) throws Exception {
    return (double[]) ContributorScores.class.getField(name).get(s);
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  static String intOrEmpty(int v) {
    return v == Nulls.NO_INT ? "" : Integer.toString(v);
  }

  static String timeOrEmpty(long v) {
    return v == Nulls.NO_TIME ? "" : Long.toString(v);
  }
}
