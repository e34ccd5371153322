package org.bridgewatch.scoring.pipeline.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.Nulls;

/**
 * Mutable state while the meta rules run: each row's current label, which rules acted on it (one
 * bit per applied rule, in application order) and the extra columns some rules emit.
 */
final class MetaState {
  final byte[] label;
  final long[] activeRules;
  final byte[] firstTag;
  final byte[] secondTag;
  final byte[] unlockedRatingStatus;
  final byte[] preStabilizationRatingStatus;
  final long[] updatedTimestampMillisOfNmrDueToMinStableCrhTime;
  final List<MetaRule> applied = new ArrayList<>();
  private long currentBit;

  MetaState(int size) {
    label = codes(size);
    activeRules = new long[size];
    firstTag = codes(size);
    secondTag = codes(size);
    unlockedRatingStatus = codes(size);
    preStabilizationRatingStatus = codes(size);
    updatedTimestampMillisOfNmrDueToMinStableCrhTime = new long[size];
    Arrays.fill(updatedTimestampMillisOfNmrDueToMinStableCrhTime, Nulls.NO_TIME);
  }

  /** Starts the next rule; its updates are recorded under its own bit. */
  void begin(MetaRule rule) {
    if (applied.contains(rule)) {
      throw new IllegalStateException("repeat rule: " + rule.label);
    }
    if (applied.size() == Long.SIZE) {
      throw new IllegalStateException("too many meta rules");
    }
    currentBit = 1L << applied.size();
    applied.add(rule);
  }

  /** The current rule sets {@code row}'s status; it counts as active even if the label is kept. */
  void set(int row, byte status) {
    label[row] = status;
    activeRules[row] |= currentBit;
  }

  private static byte[] codes(int size) {
    byte[] out = new byte[size];
    Arrays.fill(out, Nulls.NO_CODE);
    return out;
  }
}
