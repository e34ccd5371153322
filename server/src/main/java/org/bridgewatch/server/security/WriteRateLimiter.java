package org.bridgewatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.bridgewatch.server.BridgewatchProperties;
import org.bridgewatch.server.web.RateLimited;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Write budgets (token buckets) for every POST/PUT/PATCH/DELETE, API and pages alike; an empty
 * bucket throws {@link RateLimited} (429 with Retry-After). Which bucket pays:
 *
 * <ul>
 *   <li>sign-in attempts: a bucket per client address, so guessing keys is slow while the many
 *       sign-ins of people sharing an address (or of a test suite) do not touch any write budget;
 *   <li>sign-ups (and any other write without a contributor): a bucket per client address;
 *   <li>everything else: the signed-in contributor's bucket, one per contributor whether the
 *       write comes through the API or a page form.
 * </ul>
 *
 * Buckets live in this process's memory, so a restart forgives; several nodes would need
 * Bucket4j's JDBC backend.
 */
@Component
public class WriteRateLimiter implements HandlerInterceptor {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> SIGN_IN = Set.of("/signin");
  private static final Set<String> SIGN_UP = Set.of("/signup", "/api/v1/signup", "/api/v1/signup/aliases");

  // A bucket untouched for its whole period has refilled completely, so forgetting it then
  // changes nothing; keeping it would let a stream of new addresses (or contributors) grow the
  // maps without bound.
  private final Cache<Long, Bucket> byContributor;
  private final Cache<String, Bucket> signupsByAddress;
  private final Cache<String, Bucket> signinsByAddress;
  private final BridgewatchProperties.RateLimit limits;

  public WriteRateLimiter(BridgewatchProperties properties) {
    this.limits = properties.rateLimit();
    this.byContributor = Caffeine.newBuilder().expireAfterAccess(limits.period()).build();
    this.signupsByAddress = Caffeine.newBuilder().expireAfterAccess(limits.signupPeriod()).build();
    this.signinsByAddress = Caffeine.newBuilder().expireAfterAccess(limits.signinPeriod()).build();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    // An error dispatch repeats the failed request's method; the original request already paid.
    if (!WRITES.contains(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
      return true;
    }
    ConsumptionProbe probe = bucketFor(request).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long nanos = probe.getNanosToWaitForRefill();
      throw new RateLimited(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
    return true;
  }

  private Bucket bucketFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String address = request.getRemoteAddr();
    if (SIGN_IN.contains(path)) {
      return signinsByAddress.get(address, a -> bucket(limits.signins(), limits.signinPeriod()));
    }
    Contributor caller = CurrentContributor.orNull();
    if (caller == null || SIGN_UP.contains(path)) {
      return signupsByAddress.get(address, a -> bucket(limits.signups(), limits.signupPeriod()));
    }
    return byContributor.get(caller.id(), id -> bucket(limits.writes(), limits.period()));
  }

  /** Buckets currently held for client addresses (sign-ups and sign-ins), after expiry. */
  long addressBuckets() {
    signupsByAddress.cleanUp();
    signinsByAddress.cleanUp();
    return signupsByAddress.estimatedSize() + signinsByAddress.estimatedSize();
  }

  private static Bucket bucket(int capacity, Duration period) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }
}
