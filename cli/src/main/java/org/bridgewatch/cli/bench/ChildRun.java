package org.bridgewatch.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of running one command as a child process, its output sent to a log file.
 *
 * @param exitCode the child's exit code
 * @param wallMillis wall time
 * @param reportedPeakHeapBytes the last {@code peakHeapBytes=N} the child printed, or -1
 * @param gc what its GC log says, if it wrote one
 * @param reportedCpuMillis the last {@code cpuMillis=N} the child printed, or -1
 */
public record ChildRun(
    int exitCode, long wallMillis, long reportedPeakHeapBytes, GcLogPeak gc,
    long reportedCpuMillis) {
  private static final Pattern PEAK = Pattern.compile("peakHeapBytes=(\\d+)");
  private static final Pattern CPU = Pattern.compile("cpuMillis=(\\d+)");

  /** Runs {@code command} and waits; output and errors go to {@code outputLog}. */
  public static ChildRun run(List<String> command, Path outputLog, Path gcLog)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(outputLog.toFile())
        .start();
    int exit = process.waitFor();
    long wall = (System.nanoTime() - started) / 1_000_000;
    return new ChildRun(exit, wall, reported(outputLog, PEAK), GcLogPeak.parse(gcLog),
        reported(outputLog, CPU));
  }

  static long reportedPeak(Path outputLog) throws IOException {
    return reported(outputLog, PEAK);
  }

  /** The last number the child printed as {@code pattern}, or -1. */
  private static long reported(Path outputLog, Pattern pattern) throws IOException {
    long peak = -1;
    try (BufferedReader reader = Files.newBufferedReader(outputLog)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          peak = Long.parseLong(m.group(1));
        }
      }
    }
    return peak;
  }
}
