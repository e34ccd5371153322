package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SynthSummary;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgewatch demo}: a small end-to-end run on synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate a small synthetic dataset into ./data/demo (and, once available,"
        + " score it).")
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

    // ---- LEAD: add the scoring step here --------------------------------------------------
    // Score `data` into out.resolve("scored") with --epoch-millis summary.suggestedEpochMillis(),
    // then e.g. print the status counts and `bridgewatch explain` one CRH note.
    log.println("Step 2: scoring is not wired in yet; once it is, run:");
    log.printf("  bridgewatch score --notes %1$s/notes-00000.tsv --ratings %1$s/ratings-00000.tsv"
        + " --status %1$s/noteStatusHistory-00000.tsv --enrollment"
        + " %1$s/userEnrollment-00000.tsv --outdir %2$s --epoch-millis %3$d%n", data,
        out.resolve("scored"), summary.suggestedEpochMillis());
    // ----------------------------------------------------------------------------------------
    log.flush();
    return 0;
  }
}
