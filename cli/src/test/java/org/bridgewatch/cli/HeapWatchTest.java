package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {
  private static final int BIG = 256 << 20;

  @Test
  void seesGarbageThatACollectionFreed() throws InterruptedException {
    long before;
    try (HeapWatch watch = new HeapWatch()) {
      before = watch.peakBytes();
      allocateAndDrop();
      System.gc();
      // Notifications arrive on a JMX service thread, after the collection.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (watch.peakBytes() < before + BIG && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long peak = watch.peakBytes();
      assertThat(peak).isGreaterThanOrEqualTo(before + BIG);
      // Unlike the sum of the pools' peaks, never more than the heap can hold.
      assertThat(peak).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }
  }

  private static void allocateAndDrop() {
    byte[] big = new byte[BIG];
    big[BIG - 1] = 1;
    assertThat(big[BIG - 1]).isEqualTo((byte) 1);
  }
}
