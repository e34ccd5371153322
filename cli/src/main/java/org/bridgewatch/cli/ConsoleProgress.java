package org.bridgewatch.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;

/**
 * Generator progress for people: a progress bar on an interactive terminal, otherwise a plain log
 * line at every tenth of the work (so CI logs and pipes stay readable).
 */
final class ConsoleProgress implements SyntheticDataGenerator.Progress, AutoCloseable {
  private final PrintWriter log;
  private final ProgressBar bar;
  private int lastTenth = -1;

  private ConsoleProgress(PrintWriter log, ProgressBar bar) {
    this.log = log;
    this.bar = bar;
  }

  static ConsoleProgress create(PrintWriter log, String task, long total) {
    boolean terminal = isTerminal();
    ProgressBar bar = terminal
        ? new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total))
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build()
        : null;
    return new ConsoleProgress(log, bar);
  }

  /**
   * Whether stdout is an interactive terminal. From JDK 22 {@code System.console()} exists even
   * when output is redirected, and {@code Console.isTerminal()} (22+) tells; we compile for 21,
   * so it is looked up reflectively.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only for a terminal
    }
  }

  @Override
  public void update(long done, long total) {
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    int tenth = total <= 0 ? 10 : (int) Math.min(10, done * 10 / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      log.printf("  %,d of %,d ratings written (%d%%)%n", done, total, tenth * 10);
      log.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
