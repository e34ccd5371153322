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
 * on the range length and the chunk size, never on the thread count, and each chunk writes only
 * its own outputs, so results are bit-identical for any number of threads; reductions go through
 * per-chunk slots summed in chunk order by the caller. The fits use {@link #CHUNK}; the
 * low-diligence model keeps its own, larger size (its reductions' rounding depends on it).
 */
public final class ChunkRunner implements AutoCloseable {
  static final int CHUNK = 1024;

  /** The work on one chunk: indexes [from, to). */
  public interface Body {
    void run(int chunk, int from, int to);
  }

  private final int threads;
  private final int size;
  private final ExecutorService pool;

  ChunkRunner(int threads) {
    this(threads, CHUNK, "mf-worker");
  }

  /** A runner with chunks of {@code size} indexes, on {@code threads} threads named {@code name}. */
  public ChunkRunner(int threads, int size, String name) {
    if (threads < 1 || size < 1) {
      throw new IllegalArgumentException("threads and chunk size must be >= 1");
    }
    this.threads = threads;
    this.size = size;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, name);
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Chunks of this runner's size over n indexes. */
  public int chunks(int n) {
    return (n + size - 1) / size;
  }

  static int chunkCount(int n) {
    return (n + CHUNK - 1) / CHUNK;
  }

  public void run(int n, Body body) {
    int chunks = chunks(n);
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        body.run(c, c * size, Math.min(n, (c + 1) * size));
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
                  body.run(c, c * size, Math.min(n, (c + 1) * size));
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
