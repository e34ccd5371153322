package org.bridgewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgewatch.scoring.io.DataFormatException;
import org.bridgewatch.scoring.io.HeaderMode;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.output.ScoringOutputWriter;
import org.bridgewatch.scoring.pipeline.ScoringOptions;
import org.bridgewatch.scoring.pipeline.ScoringPipeline;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgewatch score}: a drop-in for the reference's {@code main.py}. Same flags, same four
 * output files. Flags the reference has but that change nothing here ({@code --nocheck-flips},
 * {@code --no-parquet}) are accepted so that recorded command lines run unchanged.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score notes from X's public data files and write the reference's outputs.")
public final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--notes", required = true, description = "notes TSV (file, .gz or directory).")
  Path notes;

  @Option(names = "--ratings", required = true, description = "ratings TSV, .gz or directory.")
  Path ratings;

  @Option(names = "--status", required = true, description = "noteStatusHistory TSV.")
  Path status;

  @Option(names = "--enrollment", required = true, description = "userEnrollment TSV.")
  Path enrollment;

  @Option(names = "--outdir", required = true, description = "Directory for the outputs.")
  Path outdir;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42).")
  long seed;

  @Option(
      names = "--epoch-millis",
      description = "The run's \"now\" in epoch milliseconds (default: the wall clock).")
  Long epochMillis;

  @Option(
      names = "--pseudoraters",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Compute pseudo-rater intercept bounds (default on; --nopseudoraters).")
  boolean pseudoraters;

  @Option(names = "--nopseudoraters", hidden = true, description = "Reference spelling.")
  void noPseudoraters(boolean off) {
    pseudoraters = !off;
  }

  @Option(
      names = "--scorers",
      split = ",",
      description =
          "Scorers to run: reference Scorers names (MFCoreScorer, MFGroupScorer, MFTopicScorer, ...)"
              + " or single scorers (MFGroupScorer_13). Default: all.")
  java.util.List<String> scorers;

  @Option(
      names = "--low-diligence",
      negatable = true,
      defaultValue = "false",
      fallbackValue = "true",
      description =
          "Fit the low-diligence model so the FilterLowDiligence rule can fire (default off:"
              + " its fit is start-dependent and did not improve agreement with the reference).")
  boolean lowDiligence;

  @Option(
      names = "--cutoff-timestamp-millis",
      description = "Ignore notes and ratings created after this time.")
  Long cutoffTimestampMillis;

  @Option(
      names = "--headers",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Input files have header rows and outputs get them (default on; --noheaders).")
  boolean headers;

  @Option(names = "--noheaders", hidden = true, description = "Reference spelling.")
  void noHeaders(boolean off) {
    headers = !off;
  }

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0: all cores).")
  int threads;

  @Option(names = {"--nocheck-flips", "--check-flips"}, hidden = true, description = "Ignored.")
  boolean checkFlips;

  @Option(names = {"--no-parquet", "--parquet"}, hidden = true, description = "Ignored.")
  boolean parquet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    ScoringInput input;
    HeapWatch heap = new HeapWatch();
    try (heap; PhaseProgress progress = PhaseProgress.create(out)) {
      InputPaths paths =
          new InputPaths(notes, ratings, status, enrollment)
              .withHeaders(headers ? HeaderMode.PRESENT : HeaderMode.ABSENT);
      int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      progress.phaseStarted("Reading input");
      input = PublicDataReader.read(paths, progress, workers);
      progress.phaseFinished("Reading input", elapsedMillis(started));
      ScoringOptions options =
          new ScoringOptions(
              seed,
              epochMillis == null ? System.currentTimeMillis() : epochMillis,
              pseudoraters,
              workers,
              cutoffTimestampMillis,
              scorers == null ? null : java.util.Set.copyOf(scorers),
              lowDiligence);
      ScoringResult result = new ScoringPipeline(options, progress).run(input);
      progress.phaseStarted("Writing outputs");
      long writing = System.nanoTime();
      ScoringOutputWriter.write(result, outdir, headers, options.threads());
      progress.phaseFinished("Writing outputs", elapsedMillis(writing));
    } catch (DataFormatException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    out.printf("Scored into %s in %.1f s%n", outdir, elapsedMillis(started) / 1000.0);
    out.printf("peakHeapBytes=%d%n", heap.peakBytes());
    out.printf("cpuMillis=%d%n", cpuMillis());
    out.flush();
    return 0;
  }

  private static long elapsedMillis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * CPU time of this process (all threads, GC included), or -1: on a shared machine wall time
   * mostly measures the load, so `bench` reports this as well.
   */
  static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1_000_000;
    }
    return -1;
  }
}
