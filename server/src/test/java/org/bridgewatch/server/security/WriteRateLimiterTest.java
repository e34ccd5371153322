package org.bridgewatch.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.bridgewatch.server.BridgewatchProperties;
import org.bridgewatch.server.web.RateLimited;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class WriteRateLimiterTest {
  private final WriteRateLimiter limiter = new WriteRateLimiter(new BridgewatchProperties(
      new BridgewatchProperties.RateLimit(3, Duration.ofMinutes(1), 2, Duration.ofHours(1), 4,
          Duration.ofMinutes(10)),
      new BridgewatchProperties.Export(Duration.ofHours(48)),
      new BridgewatchProperties.Signup(Duration.ofMinutes(30)), null, null));

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private boolean call(String method, String address) {
    return call(method, "/api/v1/x", address);
  }

  private boolean call(String method, String path, String address) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    return limiter.preHandle(request, new MockHttpServletResponse(), new Object());
  }

  private void as(long contributorId) {
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
        new Contributor(contributorId, "P" + contributorId, "a-b-c", false), null, List.of()));
  }

  @Test
  void eachContributorHasItsOwnWriteBudget() {
    as(1);
    for (int i = 0; i < 3; i++) {
      assertThat(call("POST", "10.0.0.1")).isTrue();
    }
    assertThatThrownBy(() -> call("PUT", "10.0.0.1")).isInstanceOf(RateLimited.class)
        .satisfies(e -> assertThat(((RateLimited) e).retryAfterSeconds()).isBetween(1L, 60L));
    assertThat(call("GET", "10.0.0.1")).as("reads are free").isTrue();
    as(2);
    assertThat(call("DELETE", "10.0.0.1")).isTrue();
  }

  @Test
  void anonymousSignUpsAreLimitedPerAddress() {
    assertThat(call("POST", "10.0.0.1")).isTrue();
    assertThat(call("POST", "10.0.0.1")).isTrue();
    assertThatThrownBy(() -> call("POST", "10.0.0.1")).isInstanceOf(RateLimited.class)
        .satisfies(e -> assertThat(((RateLimited) e).retryAfterSeconds()).isBetween(1L, 3600L));
    assertThat(call("POST", "10.0.0.2")).isTrue();
  }

  @Test
  void signInsSpendTheirOwnPerAddressBudgetNotTheContributors() {
    as(3);
    for (int i = 0; i < 4; i++) {
      assertThat(call("POST", "/signin", "10.0.0.3")).isTrue();
    }
    assertThatThrownBy(() -> call("POST", "/signin", "10.0.0.3")).isInstanceOf(RateLimited.class)
        .satisfies(e -> assertThat(((RateLimited) e).retryAfterSeconds()).isBetween(1L, 600L));
    assertThat(call("POST", "/signin", "10.0.0.4")).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(call("POST", "/notes/1/rate", "10.0.0.3")).as("page write %d", i + 1).isTrue();
    }
    assertThatThrownBy(() -> call("POST", "/api/v1/notes", "10.0.0.3")).as("the same budget as page writes")
        .isInstanceOf(RateLimited.class);
  }

  @Test
  void idleAddressBucketsAreForgottenAfterTheirPeriod() throws InterruptedException {
    // A bucket idle for its whole period is full again: keeping it only costs memory.
    WriteRateLimiter shortLived = new WriteRateLimiter(new BridgewatchProperties(
        new BridgewatchProperties.RateLimit(3, Duration.ofMinutes(1), 1, Duration.ofSeconds(3), 4,
            Duration.ofSeconds(3)),
        new BridgewatchProperties.Export(Duration.ofHours(48)),
        new BridgewatchProperties.Signup(Duration.ofMinutes(30)), null, null));
    for (int a = 0; a < 500; a++) {
      MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/signup");
      request.setRemoteAddr("10.1." + (a / 250) + "." + (a % 250));
      assertThat(shortLived.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
    }
    assertThat(shortLived.addressBuckets()).isEqualTo(500);
    Thread.sleep(4_000);
    assertThat(shortLived.addressBuckets()).isZero();
  }
}
