package org.bridgewatch.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code bridgewatch.*}. */
@ConfigurationProperties("bridgewatch")
public record BridgewatchProperties(RateLimit rateLimit, Export export, Signup signup, Scoring scoring) {

  /** Per-contributor write budget and per-address sign-up budget. */
  public record RateLimit(int writes, Duration period, int signups, Duration signupPeriod) {}

  /** The public export shows only rows older than {@code delay}. */
  public record Export(Duration delay) {}

  /** How long the five offered aliases stay valid. */
  public record Signup(Duration offerTtl) {}

  /**
   * Scheduled scoring: on when {@code enabled}, every {@code interval} (operators may change it at
   * run time); {@code seed} is the engine's seed, {@code threads} its worker threads (0: all cores),
   * {@code lease} how long the single-runner lock is held before another node may take over.
   */
  public record Scoring(boolean enabled, Duration interval, long seed, int threads, Duration lease) {}
}
