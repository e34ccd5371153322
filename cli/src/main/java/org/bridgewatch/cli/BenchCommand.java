package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bridgewatch.cli.bench.ChildRun;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SynthSummary;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgewatch bench}: generate datasets of several sizes, score each in a child JVM, and
 * tabulate wall time and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Generate synthetic data at several sizes, run a scoring command on each in a"
        + " child JVM and print wall time and peak heap.")
public final class BenchCommand implements Callable<Integer> {
  /** The default child: this jar's score command, with a GC log for the peak heap. */
  public static final String DEFAULT_SCORE_COMMAND = "{java} -Xmx{xmx} -Xlog:gc:file={gclog}"
      + " {launch} score --notes {notes} --ratings {ratings}"
      + " --status {status} --enrollment {enrollment} --outdir {outdir}"
      + " --epoch-millis {epochMillis}";

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "1M,10M,50M",
      description = "Numbers of ratings (default ${DEFAULT-VALUE}).")
  List<String> sizes;

  @Option(names = "--work", defaultValue = "data/bench", description = "Working directory"
      + " (default ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seed", defaultValue = "7", description = "Generator seed.")
  long seed;

  @Option(names = "--xmx", defaultValue = "8g", description = "Child heap limit ({xmx}).")
  String xmx;

  @Option(names = "--score-command", defaultValue = DEFAULT_SCORE_COMMAND,
      description = "Child command, split on spaces. Placeholders: {java} {cp} {launch} {xmx} {gclog}"
          + " {data} {notes} {ratings} {status} {enrollment} {outdir} {epochMillis} {size}."
          + " Default: ${DEFAULT-VALUE}")
  String scoreCommand;

  /** The reference scorer name of the core model (the path the 50M target is about). */
  static final String CORE_SCORER = "MFCoreScorer";

  @Option(names = "--core-only", description = "Score the core path only: append"
      + " --scorers " + CORE_SCORER + " to the child command.")
  boolean coreOnly;

  @Option(names = "--reuse", description = "Reuse a size's data if it was generated before.")
  boolean reuse;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String[]> table = new ArrayList<>();
    int worst = 0;
    for (String size : sizes) {
      long ratings = CountConverter.parse(size);
      Path dir = work.resolve(size);
      Path data = dir.resolve("data");
      SynthConfig config = configFor(ratings);
      long genMillis = 0;
      if (!(reuse && Files.exists(data.resolve("meta.json")))) {
        out.printf("[%s] generating %,d ratings into %s%n", size, ratings, data);
        out.flush();
        long started = System.nanoTime();
        SynthSummary summary;
        try (ConsoleProgress progress = ConsoleProgress.create(out, "ratings", ratings)) {
          summary = new SyntheticDataGenerator(config).generate(data, progress);
        }
        genMillis = (System.nanoTime() - started) / 1_000_000;
        out.printf("[%s] %,d ratings written in %.1f s%n", size, summary.ratings(),
            genMillis / 1000.0);
      }
      Path outdir = dir.resolve("scored");
      Files.createDirectories(outdir);
      List<String> command = command(size, data, outdir, dir.resolve("gc.log"), config);
      Files.deleteIfExists(dir.resolve("gc.log"));
      out.printf("[%s] running: %s%n", size, String.join(" ", command));
      out.flush();
      ChildRun run = ChildRun.run(command, dir.resolve("score.log"), dir.resolve("gc.log"));
      out.printf("[%s] exit %d after %.1f s (output in %s)%n", size, run.exitCode(),
          run.wallMillis() / 1000.0, dir.resolve("score.log"));
      worst = Math.max(worst, run.exitCode() == 0 ? 0 : 1);
      table.add(row(size, config, genMillis, run));
    }
    printTable(out, table);
    return worst;
  }

  /** Notes and raters grow with the ratings: ~25 ratings per note, ~50 per rater. */
  SynthConfig configFor(long ratings) {
    int notes = (int) Math.max(10, ratings / 25);
    int raters = (int) Math.max(200, ratings / 50);
    return SynthConfig.of(notes, raters, ratings, seed);
  }

  List<String> command(String size, Path data, Path outdir, Path gcLog, SynthConfig config) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{java}", ProcessHandle.current().info().command().orElse("java"));
    values.put("{cp}", System.getProperty("java.class.path"));
    values.put("{xmx}", xmx);
    values.put("{gclog}", gcLog.toString());
    values.put("{data}", data.toString());
    values.put("{notes}", data.resolve("notes-00000.tsv").toString());
    values.put("{ratings}", data.resolve("ratings-00000.tsv").toString());
    values.put("{status}", data.resolve("noteStatusHistory-00000.tsv").toString());
    values.put("{enrollment}", data.resolve("userEnrollment-00000.tsv").toString());
    values.put("{outdir}", outdir.toString());
    values.put("{epochMillis}", Long.toString(config.suggestedEpochMillis()));
    values.put("{size}", size);
    List<String> command = new ArrayList<>();
    for (String word : scoreCommand.trim().split("\\s+")) {
      if (word.equals("{launch}")) {
        command.addAll(launch(values.get("{cp}")));
        continue;
      }
      for (Map.Entry<String, String> e : values.entrySet()) {
        word = word.replace(e.getKey(), e.getValue());
      }
      command.add(word);
    }
    if (coreOnly) {
      command.add("--scorers");
      command.add(CORE_SCORER);
    }
    return command;
  }

  /**
   * How to start this program's Main in a child JVM: {@code -jar} for the runnable (Spring Boot
   * repackaged) jar, whose classes a plain {@code -cp} cannot see; else the class path.
   */
  static List<String> launch(String classPath) {
    if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")) {
      return List.of("-jar", classPath);
    }
    return List.of("-cp", classPath, Main.class.getName());
  }

  private static String[] row(String size, SynthConfig config, long genMillis, ChildRun run) {
    return new String[] {
      size,
      String.format(Locale.ROOT, "%,d", config.totalRatings()),
      genMillis == 0 ? "reused" : String.format(Locale.ROOT, "%.1f", genMillis / 1000.0),
      String.format(Locale.ROOT, "%.1f", run.wallMillis() / 1000.0),
      run.reportedCpuMillis() < 0
          ? "-"
          : String.format(Locale.ROOT, "%.1f", run.reportedCpuMillis() / 1000.0),
      Integer.toString(run.exitCode()),
      mib(run.reportedPeakHeapBytes()),
      run.gc().collections() == 0 ? "-" : mib(run.gc().maxBeforeGcBytes()),
      run.gc().collections() == 0 ? "-" : mib(run.gc().maxAfterGcBytes())
    };
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,d", bytes >> 20);
  }

  static void printTable(PrintWriter out, List<String[]> rows) {
    String format = "%-6s %14s %9s %9s %9s %5s %14s %14s %14s%n";
    out.println();
    out.printf(format, "size", "ratings", "gen s", "score s", "cpu s", "exit", "peak MiB (rep)",
        "peak MiB (gc)", "live MiB (gc)");
    for (String[] r : rows) {
      out.printf(format, (Object[]) r);
    }
    out.flush();
  }
}
