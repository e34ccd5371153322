package org.bridgewatch.server.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WritingLimitsTest {

  @Test
  void negativeWritingImpactAllowsOne() {
    assertThat(WritingLimits.daily(-1, 0)).isEqualTo(1);
    assertThat(WritingLimits.daily(-1, 100)).isEqualTo(1);
    assertThat(WritingLimits.daily(-50, 100)).isEqualTo(1);
  }

  @Test
  void fewNotesGiveWritingImpactPlusFive() {
    assertThat(WritingLimits.daily(0, 0)).isEqualTo(5);
    assertThat(WritingLimits.daily(0, 4)).isEqualTo(5);
    assertThat(WritingLimits.daily(3, 4)).isEqualTo(8);
  }

  @Test
  void hitRateCapsFromFiveNotesOn() {
    // 20% hit rate: 200 * 0.2 = 40 caps nothing below WI 35
    assertThat(WritingLimits.daily(12, 60)).isEqualTo(17);
    // documented example: 5% hit rate caps at 10 whatever the impact
    assertThat(WritingLimits.daily(12, 240)).isEqualTo(10);
    assertThat(WritingLimits.daily(100, 2000)).isEqualTo(10);
    // just below 5%: 11/221 -> 9.95 -> 9
    assertThat(WritingLimits.daily(11, 221)).isEqualTo(9);
    // WI+5 and hit rate equal: 5 / 40 = 12.5% -> 25; WI+5 = 10
    assertThat(WritingLimits.daily(5, 40)).isEqualTo(10);
  }

  @Test
  void aNonNegativeImpactNeverGetsLessThanOne() {
    assertThat(WritingLimits.daily(0, 5)).isEqualTo(1);
    assertThat(WritingLimits.daily(1, 1000)).isEqualTo(1);
  }

  @Test
  void threePerDayBeforeSixNotesOnTheAuthor() {
    assertThat(WritingLimits.perPostAuthor(0, 0)).isEqualTo(new WritingLimits.Limit(3, Duration.ofHours(24)));
    assertThat(WritingLimits.perPostAuthor(5, 0)).isEqualTo(new WritingLimits.Limit(3, Duration.ofHours(24)));
  }

  @Test
  void fromSixNotesTheAuthorCrhRateDecides() {
    // 1 of 6 = 16.7% -> 16 per day
    assertThat(WritingLimits.perPostAuthor(6, 1)).isEqualTo(new WritingLimits.Limit(16, Duration.ofHours(24)));
    // exactly 5% -> 5 per day
    assertThat(WritingLimits.perPostAuthor(20, 1)).isEqualTo(new WritingLimits.Limit(5, Duration.ofHours(24)));
    // just below 5% -> 1 per day
    assertThat(WritingLimits.perPostAuthor(21, 1)).isEqualTo(new WritingLimits.Limit(1, Duration.ofHours(24)));
    // exactly 1% -> 1 per day
    assertThat(WritingLimits.perPostAuthor(100, 1)).isEqualTo(new WritingLimits.Limit(1, Duration.ofHours(24)));
    // below 1% with 101 notes -> 1 per week
    assertThat(WritingLimits.perPostAuthor(101, 1)).isEqualTo(new WritingLimits.Limit(1, Duration.ofDays(7)));
  }

  @Test
  void belowOnePercentTheWeeklyLimitStartsAtFifteenNotes() {
    assertThat(WritingLimits.perPostAuthor(6, 0)).isEqualTo(new WritingLimits.Limit(1, Duration.ofHours(24)));
    assertThat(WritingLimits.perPostAuthor(14, 0)).isEqualTo(new WritingLimits.Limit(1, Duration.ofHours(24)));
    assertThat(WritingLimits.perPostAuthor(15, 0)).isEqualTo(new WritingLimits.Limit(1, Duration.ofDays(7)));
  }
}
