package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgewatch.cli.scored.ScoredFiles;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SynthSummary;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgewatch demo}: a small end-to-end run on synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate a small synthetic community into ./data/demo and score it.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "data/demo", description = "Directory (default"
      + " ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    SynthConfig config = SynthConfig.of(2000, 1500, 50_000, seed);
    Path data = out.resolve("data");
    log.printf("Step 1: generating synthetic data into %s%n", data);
    long started = System.nanoTime();
    SynthSummary summary = new SyntheticDataGenerator(config).generate(data, (d, t) -> {});
    GenerateCommand.describe(log, summary, (System.nanoTime() - started) / 1e9);

    Path scored = out.resolve("scored");
    log.printf("Step 2: scoring it into %s%n", scored);
    int exit =
        spec.commandLine()
            .getParent()
            .execute(
                "score",
                "--notes", data.resolve("notes-00000.tsv").toString(),
                "--ratings", data.resolve("ratings-00000.tsv").toString(),
                "--status", data.resolve("noteStatusHistory-00000.tsv").toString(),
                "--enrollment", data.resolve("userEnrollment-00000.tsv").toString(),
                "--outdir", scored.toString(),
                "--seed", String.valueOf(seed),
                "--epoch-millis", String.valueOf(summary.suggestedEpochMillis()));
    if (exit != 0) {
      return exit;
    }
    String helpful = firstHelpfulNote(scored);
    if (helpful != null) {
      log.printf("Step 3: why note %s is shown (bridgewatch explain %s --scored %s):%n",
          helpful, helpful, scored);
      log.flush();
      spec.commandLine().getParent().execute("explain", helpful, "--scored", scored.toString());
    }
    log.flush();
    return 0;
  }

  /** The first note the run rated helpful, or null. */
  private static String firstHelpfulNote(Path scored) throws java.io.IOException {
    try (var reader = ScoredFiles.open(scored.resolve(ScoredFiles.SCORED_NOTES))) {
      for (var row : reader) {
        if ("CURRENTLY_RATED_HELPFUL".equals(row.getField("finalRatingStatus"))) {
          return row.getField("noteId");
        }
      }
    }
    return null;
  }
}
