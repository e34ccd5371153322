package org.bridgewatch.scoring.mf.reputation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work over fixed-size chunks of an index range on a private pool. Chunk boundaries depend only on
 * the range, each chunk writes only its own outputs, and callers reduce per-chunk slots in chunk
 * order: results are bit-identical for any thread count.
 */
final class Chunks implements AutoCloseable {
  static final int SIZE = 2048;

  interface Body {
    void run(int chunk, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  Chunks(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    this.threads = threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "reputation-mf-worker");
      t.setDaemon(true);
      return t;
    });
  }

  static int count(int n) {
    return (n + SIZE - 1) / SIZE;
  }

  void run(int n, Body body) {
    int chunks = count(n);
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        body.run(c, c * SIZE, Math.min(n, (c + 1) * SIZE));
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
          body.run(c, c * SIZE, Math.min(n, (c + 1) * SIZE));
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
        throw new IllegalStateException("reputation MF worker failed", e.getCause());
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
