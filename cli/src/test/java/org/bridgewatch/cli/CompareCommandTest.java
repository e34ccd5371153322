package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir Path tmp;

  @Test
  void identicalFilesAgreeCompletely() {
    Path reference = Fixtures.tiny().resolve("reference");
    CliRun run = CliRun.of("compare", reference.toString(),
        reference.resolve("scored_notes.tsv").toString(), "--min-r", "0.99", "--min-agreement",
        "0.98");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("notes in both: 1000")
        .contains("finalRatingStatus: 100.00% agree (1000 of 1000 notes)")
        .contains("coreRatingStatus: 100.00% agree")
        .containsPattern("coreNoteIntercept +567 +1\\.000000 +0\\.00 +0\\.00 +0\\.00 +0\\.00")
        .containsPattern("coreNoteFactor1 +567 +1\\.000000")
        .doesNotContain("FAIL");
  }

  /**
   * A copy with 0.05 added to every 10th core intercept and 20 final statuses flipped to
   * NEEDS_MORE_RATINGS: agreement drops to 98%, the max |d| is 0.05, and the gates fail.
   */
  @Test
  void perturbedCopyShowsTheDifferences() throws IOException {
    Path reference = Fixtures.tiny().resolve("reference/scored_notes.tsv");
    Path perturbed = tmp.resolve("scored_notes.tsv");
    List<String> lines = Files.readAllLines(reference);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int interceptColumn = header.indexOf("coreNoteIntercept");
    int statusColumn = header.indexOf("finalRatingStatus");
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    int flipped = 0;
    int shifted = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (i % 10 == 0 && !f[interceptColumn].isEmpty()) {
        f[interceptColumn] = String.format(Locale.ROOT, "%.8f",
            Double.parseDouble(f[interceptColumn]) + 0.05);
        shifted++;
      }
      if (flipped < 20 && f[statusColumn].equals("CURRENTLY_RATED_HELPFUL")) {
        f[statusColumn] = "NEEDS_MORE_RATINGS";
        flipped++;
      }
      out.add(String.join("\t", f));
    }
    Files.write(perturbed, out);
    assertThat(shifted).isGreaterThan(20);

    CliRun loose = CliRun.of("compare", reference.toString(), tmp.toString());
    assertThat(loose.exitCode()).isZero();
    assertThat(loose.out()).contains("finalRatingStatus: 98.00% agree (980 of 1000 notes)")
        .containsPattern("CURRENTLY_RATED_HELPFUL +156 +0 +20")
        .containsPattern("coreNoteIntercept +567 +0\\.99\\d+ +0\\.00 +0\\.0500 +0\\.0500 +0\\.0500")
        .containsPattern("coreNoteFactor1 +567 +1\\.000000");

    CliRun gated = CliRun.of("compare", reference.toString(), tmp.toString(), "--min-agreement",
        "0.99", "--min-r", "0.999");
    assertThat(gated.exitCode()).isEqualTo(1);
    assertThat(gated.out()).contains("FAIL finalRatingStatus: agreement 0.9800 < 0.9900")
        .contains("FAIL coreNoteIntercept: r = ");
  }

  @Test
  void missingFileIsAnError() {
    CliRun run = CliRun.of("compare", tmp.resolve("nope").toString(), tmp.toString());
    assertThat(run.exitCode()).isNotZero();
  }
}
