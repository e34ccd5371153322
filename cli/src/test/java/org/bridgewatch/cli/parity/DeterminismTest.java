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

/** The same inputs and seed give byte-identical outputs on 1 and 2 threads. */
class DeterminismTest {
  @Test
  void oneAndTwoThreadsWriteIdenticalFiles() throws IOException {
    assertIdenticalOnOneAndTwoThreads("default");
  }

  /** The optional low-diligence model (Adam with an early stop) is thread-independent too. */
  @Test
  void lowDiligenceModelIsThreadIndependent() throws IOException {
    assertIdenticalOnOneAndTwoThreads("low-diligence", "--low-diligence");
  }

  private static void assertIdenticalOnOneAndTwoThreads(String name, String... flags)
      throws IOException {
    Path dataset =
        Path.of(System.getProperty("bridgewatch.parity.dir", "../../shared/parity"), "tiny");
    assumeTrue(Files.isDirectory(dataset), "no tiny parity fixture");
    Path one = Path.of("target", "determinism", name, "threads-1");
    Path two = Path.of("target", "determinism", name, "threads-2");
    assertThat(score(dataset, one, 1, flags)).isZero();
    assertThat(score(dataset, two, 2, flags)).isZero();
    for (String file :
        List.of(
            "scored_notes.tsv",
            "helpfulness_scores.tsv",
            "note_status_history.tsv",
            "aux_note_info.tsv")) {
      assertThat(Files.mismatch(one.resolve(file), two.resolve(file)))
          .as(file + " differs between 1 and 2 threads")
          .isEqualTo(-1L);
    }
  }

  private static int score(Path dataset, Path out, int threads, String... flags)
      throws IOException {
    List<String> args = new ArrayList<>();
    args.add("score");
    args.addAll(List.of(flags));
    args.addAll(ParityTest.recordedFlags(dataset));
    args.addAll(
        List.of(
            "--threads", String.valueOf(threads),
            "--notes", dataset.resolve("data/notes-00000.tsv").toString(),
            "--ratings", dataset.resolve("data/ratings-00000.tsv").toString(),
            "--status", dataset.resolve("data/noteStatusHistory-00000.tsv").toString(),
            "--enrollment", dataset.resolve("data/userEnrollment-00000.tsv").toString(),
            "--outdir", out.toString()));
    return Main.newCommandLine().execute(args.toArray(String[]::new));
  }
}
