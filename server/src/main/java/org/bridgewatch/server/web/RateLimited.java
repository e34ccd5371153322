package org.bridgewatch.server.web;

/** The caller spent its write budget; it may try again after {@code retryAfterSeconds}. */
public class RateLimited extends RuntimeException {
  private final long retryAfterSeconds;

  public RateLimited(long retryAfterSeconds) {
    super("Too many writes; retry after " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
