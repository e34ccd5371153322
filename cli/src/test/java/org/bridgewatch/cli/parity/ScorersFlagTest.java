package org.bridgewatch.cli.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.cli.Main;
import org.junit.jupiter.api.Test;

/** {@code --scorers} takes the reference's scorer names and runs only those models. */
class ScorersFlagTest {
  @Test
  void runsOnlyTheNamedScorers() throws IOException {
    Path dataset =
        Path.of(System.getProperty("bridgewatch.parity.dir", "../../shared/parity"), "tiny");
    assumeTrue(Files.isDirectory(dataset), "no tiny parity fixture");
    Path out = Path.of("target", "scorers-flag");
    List<String> args = new ArrayList<>();
    args.add("score");
    args.addAll(ParityTest.recordedFlags(dataset));
    args.addAll(
        List.of(
            "--scorers", "MFCoreScorer,MFGroupScorer_13",
            "--notes", dataset.resolve("data/notes-00000.tsv").toString(),
            "--ratings", dataset.resolve("data/ratings-00000.tsv").toString(),
            "--status", dataset.resolve("data/noteStatusHistory-00000.tsv").toString(),
            "--enrollment", dataset.resolve("data/userEnrollment-00000.tsv").toString(),
            "--outdir", out.toString()));
    assertThat(Main.newCommandLine().execute(args.toArray(String[]::new))).isZero();

    KeyedTsv notes = KeyedTsv.read(out.resolve("scored_notes.tsv"));
    assertThat(filled(notes, "coreRatingStatus")).isPositive();
    assertThat(filled(notes, "expansionRatingStatus")).isZero();
    assertThat(filled(notes, "topicRatingStatus")).isZero();
    assertThat(filled(notes, "groupRatingStatus")).isPositive();
    assertThat(notes.rows().keySet())
        .filteredOn(k -> !notes.get(k, "modelingGroup").isEmpty())
        .allMatch(k -> notes.get(k, "modelingGroup").equals("13.0"));
  }

  private static long filled(KeyedTsv t, String column) {
    return t.rows().keySet().stream().filter(k -> !t.get(k, column).isEmpty()).count();
  }
}
