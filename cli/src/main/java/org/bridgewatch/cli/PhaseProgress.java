package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bridgewatch.scoring.io.ProgressListener;
import org.bridgewatch.scoring.pipeline.PhaseListener;

/**
 * Progress of a scoring run: a byte-level bar per input file and a line per phase on a terminal;
 * plain timestamped log lines otherwise.
 */
final class PhaseProgress implements PhaseListener, ProgressListener, AutoCloseable {
  private final PrintWriter log;
  private final boolean terminal;
  private ProgressBar bar;

  private PhaseProgress(PrintWriter log, boolean terminal) {
    this.log = log;
    this.terminal = terminal;
  }

  static PhaseProgress create(PrintWriter log) {
    return new PhaseProgress(log, ConsoleProgress.isTerminal());
  }

  @Override
  public void phaseStarted(String name) {
    log.printf("%s ...%n", name);
    log.flush();
  }

  @Override
  public void phaseFinished(String name, long elapsedMillis) {
    log.printf("%s done in %.1f s%n", name, elapsedMillis / 1000.0);
    log.flush();
  }

  @Override
  public void fileStarted(String table, Path file, long totalBytes) {
    if (terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(file.getFileName().toString())
              .setInitialMax(Math.max(1, totalBytes))
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" MB", 1 << 20)
              .build();
    } else {
      log.printf("  reading %s (%,d bytes)%n", file, totalBytes);
      log.flush();
    }
  }

  @Override
  public void bytesRead(Path file, long done, long total) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void fileFinished(Path file, long rows) {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    log.printf("  %s: %,d rows%n", file.getFileName(), rows);
    log.flush();
  }

  @Override
  public void warning(String message) {
    log.printf("  warning: %s%n", message);
    log.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
