package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.NOT_HELPFUL;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.SOMEWHAT_HELPFUL;

import java.util.Arrays;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

class HelpfulnessScoresTest {
  static final long T = 1_700_000_000_000L;
  static final int RATER = 0;
  static final int OTHER = 1;

  /**
   * Rater 0 rates {@code total} CRH notes written by participant 1, HELPFUL on the first {@code
   * agree}. Participant 0 also authors notes with the given statuses and intercepts.
   */
  static HelpfulnessScores score(
      int agree, int total, byte[] ownStatus, float[] ownIntercept, float harassment) {
    int own = ownStatus.length;
    int n = total + own;
    int[] author = new int[n];
    long[] created = new long[n];
    byte[] status = new byte[n];
    float[] intercept = new float[n];
    float[] harassmentIntercept = new float[n];
    Arrays.fill(created, T);
    Arrays.fill(harassmentIntercept, Float.NaN);
    for (int i = 0; i < total; i++) {
      author[i] = OTHER;
      status[i] = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
      intercept[i] = 0.5f;
    }
    harassmentIntercept[0] = harassment;
    for (int i = 0; i < own; i++) {
      author[total + i] = RATER;
      status[total + i] = ownStatus[i];
      intercept[total + i] = ownIntercept[i];
    }
    NoteTable notes = Tables.notes(author, created);
    int[] note = new int[total];
    int[] rater = new int[total];
    long[] when = new long[total];
    HelpfulnessLevel[] level = new HelpfulnessLevel[total];
    for (int i = 0; i < total; i++) {
      note[i] = i;
      rater[i] = RATER;
      when[i] = T + 1;
      level[i] = i < agree ? HELPFUL : NOT_HELPFUL;
    }
    RatingTable ratings = Tables.ratings(note, rater, when, level, null);
    long[] latest = new long[n];
    Arrays.fill(latest, Nulls.NO_TIME);
    var history = Tables.history(notes, latest, status);
    return HelpfulnessScores.compute(2, notes, intercept, NoteOutcomes.ofStatuses(status), ratings,
        null, new NoteHistoryLookup(notes, history), null, harassmentIntercept,
        HelpfulnessThresholds.DEFAULT);
  }

  static HelpfulnessScores rater(int agree, int total) {
    return score(agree, total, new byte[0], new float[0], Float.NaN);
  }

  @Test
  void agreeRatioOfExactlyPointSixSixPasses() {
    HelpfulnessScores s = rater(66, 100);
    assertThat(s.raterAgreeRatio[RATER]).isEqualTo(0.66);
    assertThat(s.aboveHelpfulnessThreshold[RATER]).isTrue();
    assertThat(s.trackRecord.successfulHelpful[RATER]).isEqualTo(66);
    assertThat(s.trackRecord.unsuccessfulHelpful[RATER]).isEqualTo(34);
  }

  @Test
  void agreeRatioJustBelowFails() {
    HelpfulnessScores s = rater(659, 1000);
    assertThat(s.raterAgreeRatio[RATER]).isEqualTo(0.659);
    assertThat(s.aboveHelpfulnessThreshold[RATER]).isFalse();
    assertThat(rater(660, 1000).aboveHelpfulnessThreshold[RATER]).isTrue();
  }

  @Test
  void somewhatHelpfulRatingsAreNeverValid() {
    NoteTable notes = Tables.notes(new int[] {OTHER}, Tables.times(T));
    byte[] status = {NoteStatus.CURRENTLY_RATED_HELPFUL.code()};
    RatingTable ratings = Tables.ratings(new int[] {0}, new int[] {RATER}, Tables.times(T + 1),
        new HelpfulnessLevel[] {SOMEWHAT_HELPFUL}, null);
    var history = Tables.history(notes, Tables.times(Nulls.NO_TIME), status);
    HelpfulnessScores s = HelpfulnessScores.compute(2, notes, new float[] {0.5f},
        NoteOutcomes.ofStatuses(status), ratings, null, new NoteHistoryLookup(notes, history),
        null, null, HelpfulnessThresholds.DEFAULT);
    assertThat(s.present[RATER]).isFalse();
    assertThat(s.raterAgreeRatio[RATER]).isNaN();
    assertThat(s.aboveHelpfulnessThreshold[RATER]).isFalse();
  }

  @Test
  void authorOnlyParticipantHasARowButFailsWithoutValidRatings() {
    HelpfulnessScores s = rater(10, 10);
    assertThat(s.present[OTHER]).isTrue();
    assertThat(s.crhCrnhRatioDifference[OTHER]).isEqualTo(1.0);
    assertThat(s.raterAgreeRatio[OTHER]).isNaN();
    assertThat(s.aboveHelpfulnessThreshold[OTHER]).isFalse();
  }

  @Test
  void crhCrnhRatioDifferenceOfZeroPasses() {
    byte crh = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
    byte crnh = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
    byte nmr = NoteStatus.NEEDS_MORE_RATINGS.code();
    float[] good = new float[10];
    Arrays.fill(good, 0.5f);
    // 5/10 - 5 * 1/10 is exactly 0 in double arithmetic.
    HelpfulnessScores atZero = score(10, 10,
        new byte[] {crh, crh, crh, crh, crh, crnh, nmr, nmr, nmr, nmr}, good, Float.NaN);
    assertThat(atZero.crhCrnhRatioDifference[RATER]).isEqualTo(0.0);
    assertThat(atZero.aboveHelpfulnessThreshold[RATER]).isTrue();

    HelpfulnessScores below = score(10, 10,
        new byte[] {crh, crh, crh, crh, nmr, crnh, nmr, nmr, nmr, nmr}, good, Float.NaN);
    assertThat(below.crhCrnhRatioDifference[RATER]).isEqualTo(-0.1, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(below.aboveHelpfulnessThreshold[RATER]).isFalse();
  }

  @Test
  void meanNoteScoreAtPointZeroFivePasses() {
    byte nmr = NoteStatus.NEEDS_MORE_RATINGS.code();
    // float32 intercepts: 0.05f is slightly above 0.05 as a double, 0.0499f below.
    HelpfulnessScores at = score(10, 10, new byte[] {nmr, nmr}, new float[] {0.05f, 0.05f}, Float.NaN);
    assertThat(at.meanNoteScore[RATER]).isEqualTo((double) 0.1f / 2);
    assertThat(at.aboveHelpfulnessThreshold[RATER]).isTrue();
    HelpfulnessScores under = score(10, 10, new byte[] {nmr, nmr}, new float[] {0.0499f, 0.05f}, Float.NaN);
    assertThat(under.aboveHelpfulnessThreshold[RATER]).isFalse();
  }

  @Test
  void notesWithoutInterceptDoNotMakeAnAuthor() {
    byte crnh = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
    HelpfulnessScores s = score(10, 10, new byte[] {crnh}, new float[] {Float.NaN}, Float.NaN);
    assertThat(s.crhCrnhRatioDifference[RATER]).isNaN();
    assertThat(s.aboveHelpfulnessThreshold[RATER]).isTrue();
  }

  @Test
  void helpfulRatingOnHarassmentNoteCostsTenScaledByScore() {
    // 10 of 10 agree; the helpful rating on note 0 is penalized.
    HelpfulnessScores atMinimum = score(10, 10, new byte[0], new float[0], 2.0f);
    assertThat(atMinimum.totalHelpfulHarassmentRatingsPenalty[RATER]).isEqualTo(10.0);
    assertThat(atMinimum.raterAgreeRatioWithHarassmentAbusePenalty[RATER]).isEqualTo(0.0);
    assertThat(atMinimum.raterAgreeRatio[RATER]).isEqualTo(1.0);
    assertThat(atMinimum.aboveHelpfulnessThreshold[RATER]).isFalse();

    HelpfulnessScores scaled = score(40, 40, new byte[0], new float[0], 3.0f);
    assertThat(scaled.totalHelpfulHarassmentRatingsPenalty[RATER]).isEqualTo(15.0);
    assertThat(scaled.raterAgreeRatioWithHarassmentAbusePenalty[RATER]).isEqualTo(25.0 / 40);

    HelpfulnessScores under = score(10, 10, new byte[0], new float[0], 1.99f);
    assertThat(under.totalHelpfulHarassmentRatingsPenalty[RATER]).isZero();
    assertThat(under.aboveHelpfulnessThreshold[RATER]).isTrue();
  }

  @Test
  void filterKeepsOnlyRatingsOfRatersAboveThreshold() {
    RatingTable ratings = Tables.ratings(new int[] {0, 0, 0}, new int[] {0, 1, 0},
        Tables.times(1, 2, 3), Tables.levels(3, HELPFUL), null);
    boolean[] above = {true, false};
    assertThat(HelpfulnessFilter.mask(ratings, null, above)).containsExactly(true, false, true);
    assertThat(HelpfulnessFilter.keptRows(ratings, new int[] {2, 1}, above)).containsExactly(2);
  }
}
