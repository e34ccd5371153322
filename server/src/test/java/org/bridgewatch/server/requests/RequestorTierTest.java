package org.bridgewatch.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestorTierTest {
  @Test
  void tiersAtTheirBoundaries() {
    assertThat(RequestorTier.of(0, 0)).isEqualTo(RequestorTier.LOW);
    assertThat(RequestorTier.of(100, 3)).isEqualTo(RequestorTier.MEDIUM); // exactly 3%
    assertThat(RequestorTier.of(101, 3)).isEqualTo(RequestorTier.LOW);
    assertThat(RequestorTier.of(1, 1)).isEqualTo(RequestorTier.MEDIUM);
    assertThat(RequestorTier.of(62, 5)).isEqualTo(RequestorTier.HIGH); // 8.06%
    assertThat(RequestorTier.of(63, 5)).isEqualTo(RequestorTier.MEDIUM); // 7.9%
    assertThat(RequestorTier.of(50, 4)).isEqualTo(RequestorTier.MEDIUM); // 8% but only 4 hits
    assertThat(RequestorTier.of(100, 8)).isEqualTo(RequestorTier.HIGH); // exactly 8%
  }

  @Test
  void feedRuleAtItsBoundaries() {
    assertThat(FeedRule.met(0, 3, 1, 0)).isFalse();
    assertThat(FeedRule.met(0, 4, 0, 0)).isTrue();
    assertThat(FeedRule.met(100_000, 4, 0, 0)).isTrue();
    assertThat(FeedRule.met(100_001, 4, 0, 0)).isFalse();
    assertThat(FeedRule.met(250_000, 10, 0, 0)).isTrue();
    assertThat(FeedRule.met(250_000, 9, 0, 0)).isFalse();
    assertThat(FeedRule.met(1_000_000, 2, 2, 0)).isTrue();
    assertThat(FeedRule.met(1_000_000, 1, 0, 1)).isTrue();
  }
}
