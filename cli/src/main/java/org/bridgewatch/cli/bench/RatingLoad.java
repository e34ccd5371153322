package org.bridgewatch.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Fires rating writes from client threads until a count or a deadline. Every write is a distinct
 * (rater, note) pair, never the note's own author, so each accepted write must be one new row.
 * Consecutive writes come from different raters, as on a live site: the server serializes one
 * rater's writes (a row lock), so a load that sent one rater's ratings back to back from every
 * thread would measure that lock queue, not the write path. Latencies are kept per thread in
 * primitive arrays.
 *
 * <p>Closed loop: each thread sends its next write when the previous answer is in, and a latency
 * runs from just before the request is written to the last byte of the answer. A stalled server
 * therefore also delays the writes that would have been sent meanwhile, and those waits are not
 * counted (coordinated omission): the percentiles describe the answered writes at the rate the
 * server sustained, not the latency an open stream of arrivals at that rate would see.
 */
public final class RatingLoad {
  /** What a run did: accepted (201) writes, other answers, failures, wall time and latencies. */
  public record Result(long created, long rejected, long failed, long elapsedNanos, long[] latencyNanos) {
    public double writesPerSecond() {
      return created * 1e9 / Math.max(1, elapsedNanos);
    }

    public double percentileMillis(double p) {
      if (latencyNanos.length == 0) {
        return 0;
      }
      int index = (int) Math.min(latencyNanos.length - 1, Math.ceil(p * latencyNanos.length) - 1);
      return latencyNanos[Math.max(0, index)] / 1e6;
    }
  }

  private final Supplier<RatingWriter> writers;
  /** The next (rater, note) pair; kept across runs, so a measured run follows a warm-up on fresh pairs. */
  private final AtomicLong nextPair = new AtomicLong();
  private final String[] tokens;
  private final String[] noteIds;
  private final int[] noteAuthor;

  /** {@code noteAuthor[j]} is the index into {@code tokens} of note j's author. */
  public RatingLoad(Supplier<RatingWriter> writers, String[] tokens, String[] noteIds, int[] noteAuthor) {
    this.writers = writers;
    this.tokens = tokens;
    this.noteIds = noteIds;
    this.noteAuthor = noteAuthor;
  }

  /** How many distinct writes this community allows. */
  public long capacity() {
    return (long) tokens.length * noteIds.length - noteIds.length;
  }

  public Result run(int threads, long maxWrites, long durationNanos) throws InterruptedException {
    long limit = Math.min(maxWrites, capacity());
    AtomicLong issued = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + durationNanos;
    List<Worker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Worker w = new Worker(issued, limit, deadline);
      workers.add(w);
      w.thread.start();
    }
    for (Worker w : workers) {
      w.thread.join();
    }
    long elapsed = System.nanoTime() - start;
    long created = 0, rejected = 0, failed = 0;
    int total = 0;
    for (Worker w : workers) {
      created += w.created;
      rejected += w.rejected;
      failed += w.failed;
      total += w.count;
    }
    long[] all = new long[total];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    Arrays.sort(all);
    return new Result(created, rejected, failed, elapsed, all);
  }

  private final class Worker implements Runnable {
    final Thread thread = new Thread(this, "bench-api-client");
    final AtomicLong issued;
    final long limit;
    final long deadline;
    long[] latencies = new long[1024];
    int count;
    long created;
    long rejected;
    long failed;

    Worker(AtomicLong issued, long limit, long deadline) {
      this.issued = issued;
      this.limit = limit;
      this.deadline = deadline;
    }

    @Override
    public void run() {
      try (RatingWriter writer = writers.get()) {
        write(writer);
      }
    }

    private void write(RatingWriter writer) {
      long pairs = (long) tokens.length * noteIds.length;
      while (System.nanoTime() < deadline && issued.getAndIncrement() < limit) {
        long pair;
        int note;
        int rater;
        do { // skip the pairs where the rater wrote the note
          pair = nextPair.getAndIncrement();
          rater = (int) (pair % tokens.length);
          note = (int) (pair / tokens.length);
        } while (pair < pairs && rater == noteAuthor[note]);
        if (pair >= pairs) {
          return;
        }
        long t0 = System.nanoTime();
        try {
          int status = writer.rate(rater, note);
          if (status == 201) {
            created++;
          } else {
            rejected++;
          }
        } catch (java.io.IOException e) {
          failed++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        record(System.nanoTime() - t0);
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }
}
