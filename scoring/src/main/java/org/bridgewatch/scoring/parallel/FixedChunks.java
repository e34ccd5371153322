package org.bridgewatch.scoring.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work over fixed-size chunks of an index range on a short-lived pool, each worker with its own
 * state (a tokenizer, dense counting arrays) reused chunk after chunk. Chunk boundaries depend
 * only on the range and the chunk size, and each chunk must write only its own outputs, so results
 * are identical for any thread count.
 */
public final class FixedChunks {
  /** The work on chunk {@code chunk}, indexes [from, to), with this worker's state. */
  public interface Body<S> {
    void run(S state, int chunk, int from, int to);
  }

  private FixedChunks() {}

  public static int count(int n, int size) {
    return (n + size - 1) / size;
  }

  /**
   * Runs {@code body} on every chunk of {@code size} indexes of [0, n) on up to {@code threads}
   * threads named {@code name}; {@code state} makes one state per worker. A worker's failure is
   * rethrown here.
   */
  public static <S> void run(
      int n, int size, int threads, String name, Supplier<S> state, Body<S> body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    int chunks = count(n, size);
    int workers = Math.min(threads, chunks);
    if (workers <= 1) {
      S s = state.get();
      for (int c = 0; c < chunks; c++) {
        body.run(s, c, c * size, Math.min(n, (c + 1) * size));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>(workers);
      for (int w = 0; w < workers; w++) {
        futures.add(
            pool.submit(
                () -> {
                  S s = state.get();
                  for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    body.run(s, c, c * size, Math.min(n, (c + 1) * size));
                  }
                }));
      }
      for (Future<?> f : futures) {
        Join.get(f, name);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
