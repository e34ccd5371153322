package org.bridgewatch.scoring.pipeline;

import java.util.Set;

/**
 * How one scoring run is configured; the reference's main.py flags.
 *
 * @param seed base seed of every random initialization
 * @param epochMillis the run's "now" ({@code --epoch-millis}): status timestamps, locks, windows
 * @param pseudoraters whether to compute pseudo-rater intercept bounds
 * @param threads worker threads for the matrix factorization; results do not depend on it
 * @param cutoffTimestampMillis when not null, ratings and notes created after it are ignored
 * @param enabledScorers reference scorer names to run ({@code --scorers}): family names as the
 *     reference's Scorers enum ("MFGroupScorer" runs every group model) or single scorer names
 *     ("MFGroupScorer_13"); null runs all
 * @param lowDiligence fit the low-diligence model in prescoring and each final scoring, so the
 *     FilterLowDiligence rule can fire (see {@link LowDiligence}); off by default because our fit,
 *     like the reference's, stops early on a loss plateau at a start-dependent point, and
 *     agreement with the reference did not improve robustly across seeds
 */
public record ScoringOptions(
    long seed,
    long epochMillis,
    boolean pseudoraters,
    int threads,
    Long cutoffTimestampMillis,
    Set<String> enabledScorers,
    boolean lowDiligence) {

  public ScoringOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    enabledScorers = enabledScorers == null ? null : Set.copyOf(enabledScorers);
  }

  /** Without the low-diligence model. */
  public ScoringOptions(
      long seed,
      long epochMillis,
      boolean pseudoraters,
      int threads,
      Long cutoffTimestampMillis,
      Set<String> enabledScorers) {
    this(seed, epochMillis, pseudoraters, threads, cutoffTimestampMillis, enabledScorers, false);
  }

  /** Every scorer enabled, without the low-diligence model. */
  public ScoringOptions(
      long seed, long epochMillis, boolean pseudoraters, int threads, Long cutoffTimestampMillis) {
    this(seed, epochMillis, pseudoraters, threads, cutoffTimestampMillis, null);
  }

  public ScoringOptions withLowDiligence(boolean on) {
    return new ScoringOptions(
        seed, epochMillis, pseudoraters, threads, cutoffTimestampMillis, enabledScorers, on);
  }

  /** Whether {@code --scorers} lets a scorer of this family or name run. */
  public boolean enables(String familyName, String name) {
    return enabledScorers == null
        || enabledScorers.contains(familyName)
        || enabledScorers.contains(name);
  }
}
