package org.bridgewatch.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code bridgewatch.*}. */
@ConfigurationProperties("bridgewatch")
public record BridgewatchProperties(
    RateLimit rateLimit, Export export, Signup signup, Scoring scoring, Auth auth) {

  /**
   * Per-contributor write budget (API and pages alike), and per client address budgets for
   * sign-ups and for sign-in attempts (made before there is a contributor to charge).
   */
  public record RateLimit(int writes, Duration period, int signups, Duration signupPeriod, int signins,
      Duration signinPeriod) {}

  /** How long a verified bearer token is remembered before its row is read again (0: never). */
  public record Auth(Duration tokenCacheTtl) {}

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
