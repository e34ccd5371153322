package org.bridgewatch.server.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryRulesTest {

  @Test
  void urlsDoNotCount() {
    assertThat(SummaryRules.countedLength("abc https://example.org/very/long/path?q=1")).isEqualTo(3);
    assertThat(SummaryRules.countedLength("https://a.b x http://c.d")).isEqualTo(1);
    assertThat(SummaryRules.countedLength("https://a.b")).isZero();
  }

  @Test
  void innerSpacesCountAndEdgesDoNot() {
    assertThat(SummaryRules.countedLength("  a b  ")).isEqualTo(3);
    assertThat(SummaryRules.countedLength("a https://x.y b")).isEqualTo(4); // both spaces stay
  }

  @Test
  void charactersAreCodePoints() {
    assertThat(SummaryRules.countedLength("😀".repeat(280))).isEqualTo(280);
  }

  @Test
  void recognisesUrls() {
    assertThat(SummaryRules.hasUrl("see HTTPS://Example.org")).isTrue();
    assertThat(SummaryRules.hasUrl("see example.org")).isFalse();
    assertThat(SummaryRules.hasUrl("ftp://example.org")).isFalse();
  }
}
