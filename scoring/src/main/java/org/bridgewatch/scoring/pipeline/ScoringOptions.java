package org.bridgewatch.scoring.pipeline;

/**
 * How one scoring run is configured; the reference's main.py flags.
 *
 * @param seed base seed of every random initialization
 * @param epochMillis the run's "now" ({@code --epoch-millis}): status timestamps, locks, windows
 * @param pseudoraters whether to compute pseudo-rater intercept bounds
 * @param threads worker threads for the matrix factorization; results do not depend on it
 * @param cutoffTimestampMillis when not null, ratings and notes created after it are ignored
 */
public record ScoringOptions(
    long seed, long epochMillis, boolean pseudoraters, int threads, Long cutoffTimestampMillis) {

  public ScoringOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
