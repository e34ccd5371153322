package org.bridgewatch.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code bridgewatch.*}. */
@ConfigurationProperties("bridgewatch")
public record BridgewatchProperties(RateLimit rateLimit, Export export, Signup signup) {

  /** Per-contributor write budget and per-address sign-up budget. */
  public record RateLimit(int writes, Duration period, int signups, Duration signupPeriod) {}

  /** The public export shows only rows older than {@code delay}. */
  public record Export(Duration delay) {}

  /** How long the five offered aliases stay valid. */
  public record Signup(Duration offerTtl) {}
}
