package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;

import org.junit.jupiter.api.Test;

class HighVolumeRatersTest {
  private static final long DAY = 86_400_000L;
  private static final long NOW = 2_000_000_000_000L;

  /** 200 notes, each rated once by "filler" raters, so the prod-data gate is open. */
  private static Synth withNotes(int noteCount) {
    Synth s = new Synth();
    for (int i = 0; i < noteCount; i++) {
      int note = s.note("author" + i, NOW - 40 * DAY, i);
      s.rate("filler" + (i % 5), note, NOW - 30 * DAY, HELPFUL);
    }
    return s;
  }

  @Test
  void quantileMatchesNumpyLinear() {
    long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertThat(NumpyQuantile.linear(values, 11, 0.5)).isEqualTo(6.0);
    assertThat(NumpyQuantile.linear(values, 11, 0.999)).isCloseTo(10.99, within(1e-12));
    assertThat(NumpyQuantile.linear(values, 1, 0.999)).isEqualTo(1.0);
    assertThat(NumpyQuantile.linear(values, 0, 0.999)).isNaN();
    // pandas' q*100/100 round trip makes 0.999 land just past index 999 of 1001 values.
    long[] many = new long[1001];
    java.util.Arrays.fill(many, 1);
    many[1000] = 10;
    assertThat(NumpyQuantile.linear(many, 1001, 0.999)).isGreaterThan(1.0).isLessThan(1.000001);
  }

  @Test
  void flagsOnlyCountsStrictlyAboveTheQuantile() {
    Synth s = withNotes(200);
    // Eleven raters active in the last week with 1..11 ratings; the fillers are outside 28 days.
    for (int k = 1; k <= 11; k++) {
      for (int j = 0; j < k; j++) {
        s.rate("r" + k, j, NOW - DAY, HELPFUL);
      }
    }
    HighVolumeOptions median = new HighVolumeOptions(0.5, new int[] {7}, 200);
    boolean[] flags = HighVolumeRaters.flagRaters(s.ratings(), null, s.participants.size(), median);
    for (int k = 1; k <= 11; k++) {
      // median of 1..11 is 6: 6 itself is not above it.
      assertThat(flags[s.participants.indexOf("r" + k)]).as("r" + k).isEqualTo(k > 6);
    }
    boolean[] top =
        HighVolumeRaters.flagRaters(
            s.ratings(), null, s.participants.size(), HighVolumeOptions.DEFAULTS);
    for (int k = 1; k <= 11; k++) {
      assertThat(top[s.participants.indexOf("r" + k)]).as("r" + k).isEqualTo(k == 11);
    }
  }

  @Test
  void tiesAtTheTopAreNotHighVolume() {
    Synth s = withNotes(200);
    for (int k = 1; k <= 11; k++) {
      int count = k >= 10 ? 11 : k;
      for (int j = 0; j < count; j++) {
        s.rate("r" + k, j, NOW - DAY, HELPFUL);
      }
    }
    boolean[] flags =
        HighVolumeRaters.flagRaters(
            s.ratings(), null, s.participants.size(), HighVolumeOptions.DEFAULTS);
    assertThat(ParityFixturesTest.count(flags)).isZero();
  }

  @Test
  void needsTwoHundredDistinctRatedNotes() {
    for (int notes : new int[] {199, 200}) {
      Synth s = withNotes(notes);
      for (int j = 0; j < 50; j++) {
        s.rate("heavy", j, NOW - DAY, HELPFUL);
      }
      for (int k = 0; k < 10; k++) {
        s.rate("light" + k, 0, NOW - DAY, HELPFUL);
      }
      boolean[] flags =
          HighVolumeRaters.flagRaters(
              s.ratings(), null, s.participants.size(), HighVolumeOptions.DEFAULTS);
      assertThat(flags[s.participants.indexOf("heavy")]).as("notes=" + notes).isEqualTo(notes == 200);
    }
  }

  @Test
  void windowExcludesRatingsExactlyAtTheCutoff() {
    Synth s = withNotes(200);
    // newest rating defines "now"; ratings exactly 7 days earlier fall outside the 7-day window.
    s.rate("clock", 0, NOW, HELPFUL);
    for (int j = 0; j < 20; j++) {
      s.rate("edge", j, NOW - 7 * DAY, HELPFUL);
      s.rate("inside", j, NOW - 7 * DAY + 1, HELPFUL);
    }
    for (int k = 0; k < 8; k++) {
      s.rate("light" + k, 1, NOW - DAY, HELPFUL);
    }
    HighVolumeOptions weekOnly = new HighVolumeOptions(0.8, new int[] {7}, 200);
    boolean[] flags = HighVolumeRaters.flagRaters(s.ratings(), null, s.participants.size(), weekOnly);
    assertThat(flags[s.participants.indexOf("inside")]).isTrue();
    assertThat(flags[s.participants.indexOf("edge")]).isFalse();
  }

  @Test
  void perRatingFollowsTheRater() {
    Synth s = withNotes(3);
    int row = s.rate("x", 0, NOW, HELPFUL);
    boolean[] raters = new boolean[s.participants.size()];
    raters[s.participants.indexOf("x")] = true;
    boolean[] perRating = HighVolumeRaters.perRating(s.ratings(), raters);
    assertThat(perRating[row]).isTrue();
    assertThat(perRating[0]).isFalse();
  }
}
