package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Per-post text work (URL filtering, seed matching, tokenizing) over fixed-size chunks of posts on
 * a short-lived pool. Chunk boundaries depend only on the post count, each chunk writes only its
 * own slots, and each worker gets its own state (tokenizers cache and are not thread-safe), so
 * results are identical for any thread count.
 */
final class PostChunks {
  static final int SIZE = 512;

  interface Body<S> {
    void run(S state, int chunk, int from, int to);
  }

  private PostChunks() {}

  static int count(int n) {
    return (n + SIZE - 1) / SIZE;
  }

  static <S> void run(int n, int threads, Supplier<S> state, Body<S> body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    int chunks = count(n);
    int workers = Math.min(threads, chunks);
    if (workers <= 1) {
      S s = state.get();
      for (int c = 0; c < chunks; c++) {
        body.run(s, c, c * SIZE, Math.min(n, (c + 1) * SIZE));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "topic-text-worker");
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
                    body.run(s, c, c * SIZE, Math.min(n, (c + 1) * SIZE));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("topic text worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs {@code body} once per block index in [0, blocks) on up to {@code threads} threads; each
   * block must write only its own outputs.
   */
  static void runBlocks(int blocks, int threads, java.util.function.IntConsumer body) {
    run(blocks * SIZE, threads, () -> null, (state, chunk, from, to) -> body.accept(chunk));
  }
}
