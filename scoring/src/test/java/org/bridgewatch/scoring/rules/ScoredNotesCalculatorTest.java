package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.*;
import static org.bridgewatch.scoring.model.NoteStatus.*;

import java.util.Arrays;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTag;
import org.junit.jupiter.api.Test;

class ScoredNotesCalculatorTest {
  // Notes: 0 bridging (helpful from both sides), 1 low, 2 unrated, 3 not in this scorer's slice.
  private static final float[] INTERCEPT = {0.45f, -0.3f, Float.NaN, 0.9f};
  private static final float[] FACTOR = {0.1f, 0.0f, Float.NaN, 0.0f};
  private static final float[] RATER_FACTOR = {-0.8f, -0.6f, -0.4f, -0.2f, 0.2f, 0.4f, 0.6f, 0.8f};

  private static RatingSlice ratings() {
    TestRatings t = new TestRatings();
    for (int rater = 0; rater < 8; rater++) {
      t.add(0, rater, HELPFUL, RatingTag.HELPFUL_CLEAR);
      t.add(1, rater, NOT_HELPFUL, RatingTag.NOT_HELPFUL_INCORRECT);
    }
    return t.slice();
  }

  private static ScoredNotesInput input(boolean finalRound, byte[] currentStatus) {
    return input(finalRound, currentStatus, INTERCEPT.clone());
  }

  private static ScoredNotesInput input(
      boolean finalRound, byte[] currentStatus, float[] intercept) {
    byte[] classification = new byte[4];
    Arrays.fill(classification, Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code());
    ModelNoteParams params =
        finalRound
            ? new ModelNoteParams(
                intercept, FACTOR, null, null, null, null, null, new float[] {0f, 0f, 0f, 0f})
            : ModelNoteParams.of(intercept, FACTOR);
    RatingSlice r = ratings();
    return new ScoredNotesInput(
        r,
        new int[] {0, 1, 2},
        classification,
        currentStatus,
        params,
        RATER_FACTOR,
        RuleOptions.core(),
        finalRound,
        finalRound ? TagThresholds.uniform(0.5) : null,
        finalRound ? UserIncorrectRatio.compute(r, RATER_FACTOR.length) : null,
        Nulls.NO_TIME);
  }

  private static byte[] noHistory() {
    byte[] s = new byte[4];
    Arrays.fill(s, Nulls.NO_CODE);
    return s;
  }

  @Test
  void prescoringAssignsStatusRulesOnly() {
    ScoredNotes out = ScoredNotesCalculator.compute(input(false, noHistory()));
    assertThat(out.size()).isEqualTo(3);
    assertThat(out.status(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(out.status(1)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(out.status(2)).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(out.activeRules(1)).isEqualTo("InitialNMR (v1.0),GeneralCRNH (v1.0)");
    assertThat(out.numRatings(0)).isEqualTo(8);
    assertThat(out.numRatings(2)).isZero();
    assertThat(out.features().signs.netMinHelpful[0]).isEqualTo(4);
    assertThat(out.features().tags).isNull();
  }

  @Test
  void finalRoundAddsRatioCrnhFiltersAndAggregates() {
    ScoredNotes out = ScoredNotesCalculator.compute(input(true, noHistory()));
    assertThat(out.status(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(out.activeRules(0)).isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0)");
    assertThat(out.status(1)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(out.activeRules(1))
        .isEqualTo("InitialNMR (v1.0),GeneralCRNH (v1.0),RatioCRNH (v1.0)");
    // Note 2 has no parameters: NaN intercept never passes a threshold, so it stays NMR.
    assertThat(out.activeRules(2)).isEqualTo("InitialNMR (v1.0)");
    int incorrect = TagAggregates.indexOf(RatingTag.NOT_HELPFUL_INCORRECT);
    assertThat(out.features().tags.adjustedRatio[incorrect][1]).isEqualTo(1f);
    assertThat(out.features().tags.ratingWeight[2]).isNaN();
    // Raters within 0.3 of note 1 (factor 0): -0.2 and 0.2 only.
    assertThat(out.features().incorrect.numVotersInterval[1]).isEqualTo(2.0);
    assertThat(out.features().incorrect.incorrectInterval[1]).isEqualTo(2);
  }

  @Test
  void inertiaUsesThePreviousStatusOfTheNote() {
    float[] intercept = INTERCEPT.clone();
    intercept[0] = 0.395f;
    byte[] history = noHistory();
    assertThat(ScoredNotesCalculator.compute(input(true, history, intercept)).status(0))
        .isEqualTo(NEEDS_MORE_RATINGS);
    history[0] = CURRENTLY_RATED_HELPFUL.code();
    ScoredNotes out = ScoredNotesCalculator.compute(input(true, history, intercept));
    assertThat(out.status(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(out.activeRules(0)).isEqualTo("InitialNMR (v1.0),GeneralCRHInertia (v1.0)");
  }

  @Test
  void tagThresholdsForPercentileFromPrescoringCrhNotes() {
    NoteRows notes = NoteRows.of(new int[] {0, 1}, 4);
    TagThresholds t =
        TagThresholds.forPercentile(
            ratings(), notes, FACTOR, RATER_FACTOR, new boolean[] {false, true}, 95);
    // Only note 1 is CRH and every one of its ratings says "Incorrect".
    assertThat(t.threshold(RatingTag.NOT_HELPFUL_INCORRECT)).isEqualTo(1.0);
    assertThat(t.threshold(RatingTag.NOT_HELPFUL_OTHER)).isZero();
  }
}
