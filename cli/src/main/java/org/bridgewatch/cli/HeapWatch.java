package org.bridgewatch.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap occupancy of a run: the heap in use just before each collection (when it is
 * fullest) and at the end. Why not the pools' own peaks: each pool peaks at a different moment, so
 * their sum overstates the heap (a run under -Xmx8g "peaked" at 11 GB by that sum).
 */
final class HeapWatch implements AutoCloseable, NotificationListener {
  private final AtomicLong peak = new AtomicLong();
  private final Set<String> heapPools = new java.util.HashSet<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
        emitters.add(emitter);
      }
    }
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
  }

  /** The largest heap occupancy seen so far, counting the heap in use now. */
  long peakBytes() {
    long now = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        now += pool.getUsage().getUsed();
      }
    }
    record(now);
    return peak.get();
  }

  private long heapUsed(Map<String, MemoryUsage> byPool) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    return used;
  }

  private void record(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }
}
