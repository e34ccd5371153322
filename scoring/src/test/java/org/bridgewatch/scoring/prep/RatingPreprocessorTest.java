package org.bridgewatch.scoring.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;

class RatingPreprocessorTest {
  private static final byte V2 = RatingTable.packLegacy(2, false, false, false, false);
  private static final long T = 1_700_000_000_000L;

  @Test
  void exactDuplicateKeepsFirstRow() {
    TestData d = new TestData();
    long n = d.note();
    d.rate(n, "a", HelpfulnessLevel.HELPFUL).rate(n, "b", HelpfulnessLevel.HELPFUL);
    d.rate(n, "a", HelpfulnessLevel.HELPFUL);
    PreparedRatings p = RatingPreprocessor.preprocess(d.build());
    assertThat(p.rows()).containsExactly(0, 1);
    assertThat(p.helpfulNum()[2]).isNaN();
  }

  @Test
  void differingDuplicateIsAnInputError() {
    TestData d = new TestData();
    long n = d.note();
    d.rate(n, "a", HelpfulnessLevel.HELPFUL).rate(n, "a", HelpfulnessLevel.NOT_HELPFUL);
    ScoringInput in = d.build();
    assertThatThrownBy(() -> RatingPreprocessor.preprocess(in))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpfulNumPrefersLevelOverV1FlagsAndDropsRatingsWithNeither() {
    TestData d = new TestData();
    long n = d.note();
    d.rate(n, "a", HelpfulnessLevel.SOMEWHAT_HELPFUL, T, RatingTable.packLegacy(1, false, false, true, false));
    d.rate(n, "b", null, T, RatingTable.packLegacy(1, false, false, true, false));
    d.rate(n, "c", null, T, RatingTable.packLegacy(1, false, false, true, true));
    d.rate(n, "d", null, T, V2);
    d.rate(n, "e", HelpfulnessLevel.NOT_HELPFUL, T, V2);
    PreparedRatings p = RatingPreprocessor.preprocess(d.build());
    assertThat(p.helpfulNum()).containsExactly(0.5f, 1f, 0f, Float.NaN, 0f);
    assertThat(p.rows()).containsExactly(0, 1, 2, 4);
  }

  @Test
  void notMisleadingNotesCountOnlyAfterTheUiLaunch() {
    TestData d = new TestData();
    long atLaunch =
        d.note(Classification.NOT_MISLEADING, RatingPreprocessor.NOT_MISLEADING_UI_LAUNCH_MILLIS);
    long afterLaunch =
        d.note(
            Classification.NOT_MISLEADING, RatingPreprocessor.NOT_MISLEADING_UI_LAUNCH_MILLIS + 1);
    long oldMisleading = d.note(Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING, 1L);
    d.rate(atLaunch, "a", HelpfulnessLevel.HELPFUL);
    d.rate(afterLaunch, "a", HelpfulnessLevel.HELPFUL);
    d.rate(oldMisleading, "a", HelpfulnessLevel.HELPFUL);
    PreparedRatings p = RatingPreprocessor.preprocess(d.build());
    assertThat(p.rows()).containsExactly(1, 2);
  }

  @Test
  void deletedNotesKeepRatingsOnlyWhenTheyHaveStatusHistory() {
    TestData d = new TestData();
    d.note();
    d.deletedNoteHistory(77L, T);
    d.rate(77L, "a", HelpfulnessLevel.HELPFUL);
    d.rate(88L, "a", HelpfulnessLevel.HELPFUL);
    PreparedRatings p = RatingPreprocessor.preprocess(d.build());
    assertThat(p.rows()).containsExactly(0);
    // Deleted notes get their own note keys beyond the notes table.
    assertThat(p.noteKey()[0]).isEqualTo(1);
    assertThat(p.noteKey()[1]).isEqualTo(2);
    assertThat(p.noteKeyCount()).isEqualTo(3);
  }

  @Test
  void filterCanBeSwitchedOff() {
    TestData d = new TestData();
    long old = d.note(Classification.NOT_MISLEADING, 1L);
    d.rate(old, "a", HelpfulnessLevel.HELPFUL);
    assertThat(RatingPreprocessor.preprocess(d.build(), false).rows()).containsExactly(0);
  }

  @Test
  void highVolumeTaggingNeedsProductionSizedData() {
    // 200 distinct rated notes is production-sized: the heavy rater is above the quantile.
    ScoringInput prod = heavyRater(RatingPreprocessor.MIN_NUM_NOTES_FOR_PROD_DATA);
    boolean[] high = RatingPreprocessor.preprocess(prod).highVolumeRater();
    assertThat(high[prod.participants().indexOf("heavy")]).isTrue();
    assertThat(high[prod.participants().indexOf("x")]).isFalse();
    // One note fewer is test data: nobody is tagged.
    ScoringInput test = heavyRater(RatingPreprocessor.MIN_NUM_NOTES_FOR_PROD_DATA - 1);
    assertThat(RatingPreprocessor.preprocess(test).highVolumeRater()).containsOnly(false);
  }

  private static ScoringInput heavyRater(int notes) {
    TestData d = new TestData();
    for (int i = 0; i < notes; i++) {
      long n = d.note();
      d.rate(n, "heavy", HelpfulnessLevel.HELPFUL);
      if (i == 0) {
        d.rate(n, "x", HelpfulnessLevel.HELPFUL);
      }
    }
    return d.build();
  }

  @Test
  void highVolumeNeedsMoreThanTheQuantileWithinTheWindow() {
    TestData d = new TestData();
    long day = 24L * 60 * 60 * 1000;
    long[] notes = new long[300];
    for (int i = 0; i < notes.length; i++) {
      notes[i] = d.note();
    }
    // 1000 raters with one recent rating each and one rater with 3: the 0.999 quantile of
    // 1001 counts interpolates between 1 and 3 at position 999 -> 1 (not above).
    for (int i = 0; i < 1000; i++) {
      d.rate(notes[i % 300], "r" + i, HelpfulnessLevel.HELPFUL);
    }
    d.rate(notes[1], "busy", HelpfulnessLevel.HELPFUL);
    d.rate(notes[2], "busy", HelpfulnessLevel.HELPFUL);
    d.rate(notes[3], "busy", HelpfulnessLevel.HELPFUL);
    // An old rating outside both windows does not count.
    d.rate(notes[4], "old", HelpfulnessLevel.HELPFUL, T - 29 * day, V2);
    d.rate(notes[5], "old", HelpfulnessLevel.HELPFUL, T - 29 * day, V2);
    d.rate(notes[6], "old", HelpfulnessLevel.HELPFUL, T - 29 * day, V2);
    d.rate(notes[7], "old", HelpfulnessLevel.HELPFUL, T - 29 * day, V2);
    ScoringInput in = d.build();
    PreparedRatings p = RatingPreprocessor.preprocess(in);
    assertThat(p.highVolumeRater()[in.participants().indexOf("busy")]).isTrue();
    assertThat(p.highVolumeRater()[in.participants().indexOf("r0")]).isFalse();
    assertThat(p.highVolumeRater()[in.participants().indexOf("old")]).isFalse();
  }
}
