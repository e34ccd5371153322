package org.bridgewatch.scoring.synth;

import java.io.IOException;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.NoteStatus;

/**
 * One noteStatusHistory row per note, as an earlier scoring run (one hour before the end of the
 * data) would have left it: bridging notes mostly helpful, unhelpful notes mostly not helpful,
 * some helpful notes since flipped back to needs-more-ratings, statuses locked two weeks after
 * creation, and the CRH stabilization timestamps set for notes that passed through it.
 */
final class StatusHistorySampler {
  private static final String DECIDED_BY = "CoreModel (v1.1)";
  private static final long HOUR = 3_600_000L;
  private static final double FLIP_PROBABILITY = 0.11;
  private static final double STABILIZATION_ONLY_PROBABILITY = 0.1;

  private StatusHistorySampler() {}

  /** The earlier run's time: one hour before the newest data. */
  static long previousRunMillis(SynthConfig config) {
    return config.endMillis() - HOUR;
  }

  static void writeRow(ShardedTsvWriter out, SplittableRandom rng, SynthConfig config,
      long noteId, String authorId, long createdAt, NoteKind kind, int numRatings, int postGroup)
      throws IOException {
    long previousRun = previousRunMillis(config);
    NoteStatus first = firstStatus(rng, kind, numRatings, createdAt, previousRun);
    long firstAt = -1;
    NoteStatus current = NoteStatus.NEEDS_MORE_RATINGS;
    long changedAt = -1;
    if (first != null) {
      firstAt = Math.min(previousRun - 1, createdAt + delayMillis(rng));
      current = first;
      changedAt = firstAt;
      if (first == NoteStatus.CURRENTLY_RATED_HELPFUL && rng.nextDouble() < FLIP_PROBABILITY) {
        current = NoteStatus.NEEDS_MORE_RATINGS;
        changedAt = firstAt + (long) ((previousRun - firstAt) * rng.nextDouble());
      }
    }
    long lockAt = createdAt + (long) ((SynthConfig.LOCK_DAYS + 0.1 * rng.nextDouble()) * 24 * HOUR);
    boolean locked = lockAt <= previousRun;
    boolean stabilized = first == NoteStatus.CURRENTLY_RATED_HELPFUL
        || (first == null && kind != NoteKind.UNHELPFUL && numRatings >= 5
            && rng.nextDouble() < STABILIZATION_ONLY_PROBABILITY);
    long stabilizedAt = first == NoteStatus.CURRENTLY_RATED_HELPFUL
        ? firstAt - 30 * 60_000L - rng.nextInt(30 * 60_000)
        : createdAt + delayMillis(rng);

    out.field(noteId).field(authorId).field(createdAt);
    optionalTime(out, firstAt).field(first == null ? "" : first.name());
    out.field(previousRun).field(current.name());
    optionalTime(out, firstAt).field(first == null ? "" : first.name());
    if (locked) {
      out.field(lockAt).field(current.name());
    } else {
      out.empty().empty();
    }
    out.empty(); // timestampMillisOfRetroLock
    out.field(current.name()).field(current.name()).empty().field(DECIDED_BY);
    out.field(rng.nextDouble() < 0.92 ? postGroup : 0);
    out.field(changedAt);
    if (stabilized) {
      out.field(-1);
    } else {
      out.empty();
    }
    out.empty().field(0).empty(); // multi-group status, multi group, final output minute
    if (stabilized) {
      out.field(Math.min(previousRun - 1, stabilizedAt));
    } else {
      out.empty();
    }
    out.empty(); // abovePcrhThresholdTime
    out.endRow();
  }

  /** The first non-NMR status the earlier run gave, or null if it never gave one. */
  private static NoteStatus firstStatus(SplittableRandom rng, NoteKind kind, int numRatings,
      long createdAt, long previousRun) {
    if (numRatings < 5 || createdAt >= previousRun - HOUR) {
      return null;
    }
    double u = rng.nextDouble();
    return switch (kind) {
      case BRIDGING -> u < 0.72 ? NoteStatus.CURRENTLY_RATED_HELPFUL : null;
      case UNHELPFUL -> u < 0.60 ? NoteStatus.CURRENTLY_RATED_NOT_HELPFUL : null;
      case NOISE -> u < 0.10 ? NoteStatus.CURRENTLY_RATED_HELPFUL
          : u < 0.15 ? NoteStatus.CURRENTLY_RATED_NOT_HELPFUL : null;
      case POLARIZING -> null;
    };
  }

  /** Hours to a first status: log-normal, median about a day. */
  private static long delayMillis(SplittableRandom rng) {
    return (long) (HOUR * Math.exp(Math.log(20) + 0.8 * rng.nextGaussian()));
  }

  private static ShardedTsvWriter optionalTime(ShardedTsvWriter out, long millis)
      throws IOException {
    return millis < 0 ? out.empty() : out.field(millis);
  }
}
