package org.bridgewatch.server;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Time-ordered 64-bit ids in the layout of the public data's note and post ids (milliseconds since
 * 2010-11-04 shifted left by 22 bits), so exported ids look and sort like X's. Unique within one
 * server process; a second writer node would need its own worker bits.
 */
@Component
public class IdGenerator {
  private static final long EPOCH_MILLIS = 1288834974657L;

  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  public IdGenerator(Clock clock) {
    this.clock = clock;
  }

  public long next() {
    long fromClock = (clock.millis() - EPOCH_MILLIS) << 22;
    return last.updateAndGet(prev -> Math.max(prev + 1, fromClock));
  }
}
