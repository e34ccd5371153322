package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.*;
import static org.bridgewatch.scoring.model.RatingTag.*;

import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingSource;
import org.junit.jupiter.api.Test;

class AggregatesTest {

  @Test
  void noteStatsCountRatingsSampledRecentAndTags() {
    long now = 100L * 24 * 3600 * 1000;
    long old = now - NoteRatingStats.TWENTY_EIGHT_DAYS_MILLIS;
    RatingSlice r =
        new TestRatings()
            .add(0, 0, HELPFUL, RatingSource.DEFAULT, old, HELPFUL_CLEAR)
            .add(0, 1, HELPFUL, RatingSource.POPULATION_SAMPLED, old + 1, HELPFUL_CLEAR)
            .add(1, 0, NOT_HELPFUL, RatingSource.DEFAULT, now, NOT_HELPFUL_INCORRECT)
            .add(2, 0, NOT_HELPFUL, RatingSource.DEFAULT, now)
            .slice();
    NoteRows rows = NoteRows.of(new int[] {1, 0}, 3);
    NoteRatingStats s = NoteRatingStats.compute(r, rows, now);
    assertThat(s.numRatings).containsExactly(1, 2);
    assertThat(s.numPopulationSampledRatings).containsExactly(0, 1);
    assertThat(s.numRatingsLast28).containsExactly(1, 1);
    assertThat(s.tagCount(HELPFUL_CLEAR, 1)).isEqualTo(2);
    assertThat(s.tagCount(NOT_HELPFUL_INCORRECT, 0)).isEqualTo(1);
    assertThat(NoteRatingStats.compute(r, rows, Nulls.NO_TIME).numRatingsLast28)
        .containsExactly(0, 0);
  }

  @Test
  void signCountsSplitByRaterFactorSign() {
    // raters 0,1 negative; 2,3 positive (3 at exactly 0); 4 has no factor.
    float[] factor = {-0.5f, -0.1f, 0.3f, 0f, Float.NaN};
    RatingSlice r =
        new TestRatings()
            .add(0, 0, HELPFUL)
            .add(0, 1, NOT_HELPFUL)
            .add(0, 2, HELPFUL)
            .add(0, 3, SOMEWHAT_HELPFUL, RatingSource.POPULATION_SAMPLED, 0L)
            .add(0, 4, NOT_HELPFUL)
            .add(1, 2, HELPFUL)
            .slice();
    RaterSignCounts s = RaterSignCounts.compute(r, NoteRows.of(new int[] {0, 1, 2}, 3), factor);
    assertThat(s.negCount).containsExactly(2, 0, 0);
    assertThat(s.posCount).containsExactly(2, 1, 0);
    assertThat(s.minSignCount).containsExactly(2, 0, 0);
    assertThat(s.negMeanHelpfulNum[0]).isEqualTo(0.5f);
    assertThat(s.posMeanHelpfulNum[0]).isEqualTo(0.75f);
    assertThat(s.negMeanHelpfulNum[1]).isNaN();
    assertThat(s.posMeanHelpfulNum[2]).isNaN();
    // neg: 1 helpful - 1 not = 0; pos: 1 - 0 = 1 -> min 0
    assertThat(s.netMinHelpful).containsExactly(0, 0, 0);
    assertThat(s.posPopulationSampledCount).containsExactly(1, 0, 0);
    assertThat(s.negPopulationSampledCount).containsExactly(0, 0, 0);
  }

  @Test
  void netMinHelpfulIsTheWeakerSideClippedAtZeroOverAllCountedRatings() {
    float[] factor = {-1f, -1f, -1f, 1f, 1f, 1f, 1f};
    TestRatings t = new TestRatings();
    t.add(0, 0, HELPFUL).add(0, 1, HELPFUL).add(0, 2, NOT_HELPFUL);
    t.add(0, 3, HELPFUL).add(0, 4, HELPFUL).add(0, 5, HELPFUL).add(0, 6, SOMEWHAT_HELPFUL);
    RaterSignCounts s = RaterSignCounts.compute(t.slice(), NoteRows.of(new int[] {0}, 1), factor);
    assertThat(s.netMinHelpful[0]).isEqualTo(1);
    assertThat(s.netMinHelpfulRatio[0]).isEqualTo((float) (1.0 / 7));
  }

  @Test
  void userIncorrectRatioCountsNotHelpfulTaggedRatingsOnly() {
    RatingSlice r =
        new TestRatings()
            .add(0, 0, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(1, 0, NOT_HELPFUL, NOT_HELPFUL_OFF_TOPIC)
            .add(2, 0, NOT_HELPFUL)
            .add(2, 1, HELPFUL, HELPFUL_CLEAR)
            .slice();
    UserIncorrectRatio u = UserIncorrectRatio.compute(r, 3);
    assertThat(u.incorrectTagRatings).containsExactly(1, -1, -1);
    assertThat(u.notHelpfulTaggedRatings).containsExactly(2, -1, -1);
    assertThat(u.incorrectRate(0)).isEqualTo(0.5);
    assertThat(u.incorrectRate(1)).isZero();
  }

  @Test
  void incorrectAggregatesKeepRatersWithinTheClippedInterval() {
    // note 0 factor 0.6 clips to 0.4; raters at 0.15 (0.25 away: in), 0.1 (0.3 away: out),
    // 0.9 (clips to 0.4: in), NaN (out), 0.2 but no NH tag (out).
    float[] noteFactor = {0.6f, Float.NaN};
    float[] raterFactor = {0.15f, 0.1f, 0.9f, Float.NaN, 0.2f};
    RatingSlice r =
        new TestRatings()
            .add(0, 0, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(0, 1, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(0, 2, NOT_HELPFUL, NOT_HELPFUL_INCORRECT, NOT_HELPFUL_OFF_TOPIC)
            .add(0, 3, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(0, 4, HELPFUL)
            .add(1, 0, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .slice();
    UserIncorrectRatio rates =
        new UserIncorrectRatio(new int[] {1, 1, 1, 1, 0}, new int[] {4, 1, 2, 1, 0});
    IncorrectAggregates a =
        IncorrectAggregates.compute(
            r, NoteRows.of(new int[] {0, 1}, 2), noteFactor, raterFactor, rates);
    assertThat(a.incorrectInterval).containsExactly(2, Nulls.NO_INT);
    assertThat(a.numVotersInterval[0]).isEqualTo(2.0);
    assertThat(a.incorrectRateSumInterval[0]).isEqualTo(0.75);
    assertThat(a.tfIdfIncorrectInterval[0]).isEqualTo(2 / Math.log(1.75));
    assertThat(a.numVotersInterval[1]).isNaN();
    assertThat(IncorrectAggregates.withinInterval(0.0f, 0.3f)).isFalse();
    assertThat(IncorrectAggregates.withinInterval(0.0f, 0.29f)).isTrue();
  }

  @Test
  void tagAggregatesWeightRatingsByFactorDistance() {
    float[] noteFactor = {-0.5f, 0.5f};
    float[] raterFactor = {-0.5f, 0.0f, 0.5f, Float.NaN};
    RatingSlice r =
        new TestRatings()
            .add(0, 0, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(0, 1, NOT_HELPFUL, NOT_HELPFUL_INCORRECT, NOT_HELPFUL_OFF_TOPIC)
            .add(0, 2, HELPFUL)
            .add(0, 3, NOT_HELPFUL, NOT_HELPFUL_INCORRECT)
            .add(1, 2, NOT_HELPFUL, NOT_HELPFUL_OFF_TOPIC)
            .slice();
    NoteRows notes = NoteRows.withValue(noteFactor);
    TagAggregates a = TagAggregates.compute(r, notes, noteFactor, raterFactor);

    // Expected, in double: z-normalized factors, distances, 40th percentile, weights.
    // notes -0.5, 0.5: mean 0, population std 0.5 -> -1, 1
    double rMean = 0, rStd = Math.sqrt((0.25 + 0 + 0.25) / 3);
    double[] rn = {-0.5 / rStd, 0, 0.5 / rStd};
    double[] nn = {-1, 1};
    double[] d = {
      Math.abs(rn[0] - nn[0]), Math.abs(rn[1] - nn[0]), Math.abs(rn[2] - nn[0]),
      Math.abs(rn[2] - nn[1])
    };
    double[] sorted = d.clone();
    java.util.Arrays.sort(sorted);
    double v = 3 * 0.4;
    double p40 = sorted[1] + (sorted[2] - sorted[1]) * (v - 1);
    double[] w = new double[4];
    for (int i = 0; i < 4; i++) {
      w[i] = 1 / (1 + Math.pow(d[i] / p40, 5));
    }
    int incorrect = TagAggregates.indexOf(NOT_HELPFUL_INCORRECT);
    int offTopic = TagAggregates.indexOf(NOT_HELPFUL_OFF_TOPIC);
    assertThat(a.ratingWeight[0]).isCloseTo((float) (w[0] + w[1] + w[2]), within(1e-5f));
    assertThat(a.adjusted[incorrect][0]).isCloseTo((float) (w[0] + w[1]), within(1e-5f));
    assertThat(a.adjusted[offTopic][0]).isCloseTo((float) w[1], within(1e-5f));
    assertThat(a.adjustedRatio[incorrect][0])
        .isCloseTo((float) ((w[0] + w[1]) / (w[0] + w[1] + w[2])), within(1e-5f));
    assertThat(a.ratingWeight[1]).isCloseTo((float) w[3], within(1e-5f));
    assertThat(a.adjustedRatio[offTopic][1]).isEqualTo(1f);
    assertThat(a.adjusted[incorrect][1]).isZero();
    // Normalized positions differ for raters and notes, so nobody gets the full weight 1 here.
    assertThat(a.ratingWeight[0]).isLessThan(3f);

    TagAggregates aligned = a.alignTo(notes, NoteRows.of(new int[] {1}, 2));
    assertThat(aligned.ratingWeight[0]).isEqualTo(a.ratingWeight[1]);
  }

  @Test
  void tagThresholdsUseNumpyLinearQuantileOverCrhNotes() {
    int rows = 21;
    TagAggregates a = TagAggregates.empty(rows);
    boolean[] crh = new boolean[rows];
    for (int row = 0; row < rows; row++) {
      for (int k = 0; k < TagAggregates.TAGS.size(); k++) {
        a.adjustedRatio[k][row] = row / 20f;
      }
      crh[row] = row != 20; // the largest value is not CRH
    }
    TagThresholds t = TagThresholds.fromCrhNotes(a, crh, 95);
    // 20 CRH values 0, 0.05, ..., 0.95; virtual index 19 * 0.9500000000000001 = 18.05
    double expected = (18 / 20f) + ((float) (19 / 20f - 18 / 20f)) * (19 * (95 * 0.01) - 18);
    assertThat(t.threshold(NOT_HELPFUL_INCORRECT)).isEqualTo(expected);
    assertThat(t.threshold(NOT_HELPFUL_INCORRECT)).isCloseTo(0.9025, within(1e-6));
    assertThat(t.asMap()).containsKey("notHelpfulIncorrectAdjustedRatio").hasSize(13);
    assertThat(TagThresholds.fromCrhNotes(a, new boolean[rows], 95).threshold(NOT_HELPFUL_OTHER))
        .isZero();
  }
}
