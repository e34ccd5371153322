package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapWatchTest {
  /** Far more than the test JVM keeps live after a full collection (other tests share it). */
  private static final int BIG = 1 << 30;

  @Test
  void seesGarbageThatACollectionFreed() throws InterruptedException {
    System.gc();
    // What is in use now, after a full collection, cannot account for a peak of BIG: only the
    // notification of the collection below can.
    assertThat(usedHeap()).isLessThan(BIG / 2);
    try (HeapWatch watch = new HeapWatch()) {
      allocateAndDrop();
      System.gc();
      // Notifications arrive on a JMX service thread, after the collection.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (watch.peakBytes() < BIG && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long peak = watch.peakBytes();
      assertThat(peak).isGreaterThanOrEqualTo(BIG);
      // Unlike the sum of the pools' peaks, never more than the heap can hold.
      assertThat(peak).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void allocateAndDrop() {
    byte[] big = new byte[BIG];
    big[BIG - 1] = 1;
    assertThat(big[BIG - 1]).isEqualTo((byte) 1);
  }
}
