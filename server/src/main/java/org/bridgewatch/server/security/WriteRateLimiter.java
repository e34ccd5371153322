package org.bridgewatch.server.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgewatch.server.BridgewatchProperties;
import org.bridgewatch.server.web.RateLimited;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-contributor write budget (token bucket): every POST/PUT/PATCH/DELETE under the API spends
 * one token; an empty bucket answers 429 with Retry-After. Sign-ups, made before there is a
 * contributor, spend from a bucket per client address. Buckets live in this process's memory, so
 * a restart forgives; several nodes would need Bucket4j's JDBC backend.
 */
@Component
public class WriteRateLimiter implements HandlerInterceptor {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Map<Long, Bucket> byContributor = new ConcurrentHashMap<>();
  private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
  private final BridgewatchProperties.RateLimit limits;

  public WriteRateLimiter(BridgewatchProperties properties) {
    this.limits = properties.rateLimit();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!WRITES.contains(request.getMethod())) {
      return true;
    }
    Contributor caller = CurrentContributor.orNull();
    Bucket bucket =
        caller != null
            ? byContributor.computeIfAbsent(caller.id(), id -> bucket(limits.writes(), limits.period()))
            : byAddress.computeIfAbsent(
                request.getRemoteAddr(), a -> bucket(limits.signups(), limits.signupPeriod()));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long nanos = probe.getNanosToWaitForRefill();
      throw new RateLimited(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
    return true;
  }

  private static Bucket bucket(int capacity, Duration period) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }
}
