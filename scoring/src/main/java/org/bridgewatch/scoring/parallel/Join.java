package org.bridgewatch.scoring.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for work started on another thread and hands its failure to the waiting thread as it was
 * thrown there (a RuntimeException or Error unchanged), so a failing worker reads like a failing
 * call.
 */
public final class Join {
  private Join() {}

  /** The task's result; {@code what} names it in the message of a checked failure. */
  public static <T> T get(Future<T> task, String what) {
    return get(task, what, Long.MAX_VALUE, () -> {});
  }

  /**
   * As {@link #get(Future, String)}, running {@code whileWaiting} every {@code everyMillis}
   * until the task is done (to report progress from the waiting thread).
   */
  public static <T> T get(Future<T> task, String what, long everyMillis, Runnable whileWaiting) {
    try {
      while (true) {
        try {
          return task.get(everyMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          whileWaiting.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(what + " failed", e.getCause());
    }
  }
}
