package org.bridgewatch.scoring.topics;

import java.util.function.Supplier;
import org.bridgewatch.scoring.parallel.FixedChunks;

/**
 * Per-post text work (URL filtering, seed matching, tokenizing) over fixed chunks of 512 posts
 * ({@link FixedChunks}). Each worker gets its own state (tokenizers cache and are not
 * thread-safe), so results are identical for any thread count.
 */
final class PostChunks {
  static final int SIZE = 512;

  interface Body<S> extends FixedChunks.Body<S> {}

  private PostChunks() {}

  static int count(int n) {
    return FixedChunks.count(n, SIZE);
  }

  static <S> void run(int n, int threads, Supplier<S> state, Body<S> body) {
    FixedChunks.run(n, SIZE, threads, "topic-text-worker", state, body);
  }

  /**
   * Runs {@code body} once per block index in [0, blocks) on up to {@code threads} threads; each
   * block must write only its own outputs.
   */
  static void runBlocks(int blocks, int threads, java.util.function.IntConsumer body) {
    run(blocks * SIZE, threads, () -> null, (state, chunk, from, to) -> body.accept(chunk));
  }
}
