package org.bridgewatch.scoring.mf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work over fixed-size chunks of an index range on a private pool. The chunking depends only
 * on the range length, never on the thread count, and each chunk writes only its own outputs, so
 * results are bit-identical for any number of threads; reductions go through per-chunk slots
 * summed in chunk order by the caller.
 */
final class ChunkRunner implements AutoCloseable {
  static final int CHUNK = 1024;

  interface Body {
    void run(int chunk, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  ChunkRunner(int threads) {
    this.threads = threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "mf-worker");
                  t.setDaemon(true);
                  return t;
                });
  }

  static int chunkCount(int n) {
    return (n + CHUNK - 1) / CHUNK;
  }

  void run(int n, Body body) {
    int chunks = chunkCount(n);
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        body.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                  body.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
                }
              }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("matrix factorization worker failed", e.getCause());
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
