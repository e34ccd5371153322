package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Re-applies the intercept-based status rules to the reference's own Core intercepts, factors and
 * upper bounds (tiny fixture) and checks that each rule acts on the same notes as in the
 * reference's coreActiveRules. numRatings there counts all ratings, not only Core's, so a small
 * disagreement is tolerated for the rules that need five ratings.
 */
class CoreStatusRulesParityTest {

  @Test
  void statusRulesActOnTheSameNotesAsTheReference() throws IOException {
    String dir = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(dir != null);
    Path file = Path.of(dir, "tiny", "reference", "scored_notes.tsv");
    assumeTrue(Files.exists(file));
    List<String> lines = Files.readAllLines(file);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int cStatus = header.indexOf("coreRatingStatus");
    int cRules = header.indexOf("coreActiveRules");
    int cIntercept = header.indexOf("coreNoteIntercept");
    int cFactor = header.indexOf("coreNoteFactor1");
    int cMax = header.indexOf("coreNoteInterceptMax");
    int cClass = header.indexOf("classification");
    int cNum = header.indexOf("numRatings");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (!f[cStatus].isEmpty()) {
        rows.add(f);
      }
    }
    int n = rows.size();
    assertThat(n).isGreaterThan(100);
    float[] intercept = new float[n];
    float[] factor = new float[n];
    float[] max = new float[n];
    byte[] classification = new byte[n];
    NoteRatingStats stats = NoteRatingStats.zeros(n);
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i);
      intercept[i] = parse(f[cIntercept]);
      factor[i] = parse(f[cFactor]);
      max[i] = parse(f[cMax]);
      classification[i] = Classification.valueOf(f[cClass]).code();
      stats.numRatings[i] = Integer.parseInt(f[cNum]);
    }
    NoteFeatures features =
        NoteFeatures.builder(n)
            .intercept(intercept)
            .factor(factor)
            .interceptBounds(null, max)
            .classification(classification)
            .stats(stats)
            .build();
    RuleOutcome out = RuleEngine.apply(MfRuleList.build(RuleOptions.core(), false, null,
        MfRuleList.PresentColumns.of(features)), features);
    for (RuleId rule :
        List.of(RuleId.GENERAL_CRH, RuleId.GENERAL_CRNH, RuleId.UCB_CRNH, RuleId.NM_CRNH)) {
      int disagree = 0;
      for (int i = 0; i < n; i++) {
        boolean ours = out.activeRules()[i].contains(rule.displayName());
        boolean theirs = rows.get(i)[cRules].contains(rule.displayName());
        if (ours != theirs) {
          disagree++;
        }
      }
      assertThat(disagree).as(rule.displayName()).isLessThanOrEqualTo(n / 200);
    }
  }

  private static float parse(String s) {
    return s.isEmpty() ? Float.NaN : Float.parseFloat(s);
  }
}
