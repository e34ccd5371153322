package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.NoteStatus.*;
import static org.bridgewatch.scoring.rules.RuleFixtures.*;

import org.bridgewatch.scoring.model.Classification;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

  @Test
  void crhNeedsInterceptOfAtLeastPointFour() {
    assertThat(finalStatus(note(0.40f, 0f))).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalRules(note(0.40f, 0f))).isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0)");
    assertThat(finalStatus(note(0.399f, 0f))).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(finalRules(note(0.399f, 0f))).isEqualTo("InitialNMR (v1.0)");
  }

  @Test
  void crhAlsoInPrescoring() {
    RuleOutcome out = run(note(0.45f, 0.7f).build(), false);
    // Prescoring has no large-factor filter: only the status rules run.
    assertThat(out.statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(out.activeRules()[0]).isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0)");
  }

  @Test
  void crhNeedsFiveRatings() {
    NoteFeatures.Builder four = note(0.5f, 0f);
    NoteRatingStats stats = NoteRatingStats.zeros(1);
    stats.numRatings[0] = 4;
    four.stats(stats);
    assertThat(run(four.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
    stats.numRatings[0] = 5;
    assertThat(run(four.build(), false).statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  @Test
  void notMisleadingNotesNeverBecomeCrh() {
    NoteFeatures.Builder b =
        note(0.8f, 0f).classification(new byte[] {Classification.NOT_MISLEADING.code()});
    assertThat(finalStatus(b)).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void factorMagnitudeHalfIsStillHelpfulButAboveIsFiltered() {
    assertThat(finalStatus(note(0.45f, 0.5f))).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalStatus(note(0.45f, -0.5f))).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalStatus(note(0.45f, 0.51f))).isEqualTo(FIRM_REJECT);
    assertThat(finalRules(note(0.45f, -0.51f)))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),FilterLargeFactor (v1.0)");
  }

  @Test
  void largeFactorFilterGivesNmrWithoutFirmReject() {
    RuleOptions noFirm = RuleOptions.minorityOnly();
    RuleOutcome out =
        run(finalRound(note(0.45f, 0.6f)).build(), true, noFirm, TagThresholds.uniform(1));
    assertThat(out.statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void crhInertiaKeepsPreviouslyHelpfulNotesDownToPointThreeNine() {
    assertThat(finalStatus(wasCrh(note(0.39f, 0f)))).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalRules(wasCrh(note(0.39f, 0f))))
        .isEqualTo("InitialNMR (v1.0),GeneralCRHInertia (v1.0)");
    assertThat(finalStatus(note(0.39f, 0f))).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(finalStatus(wasCrh(note(0.3899f, 0f)))).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void inertiaThresholdIsComparedInFloat32LikeNumpy() {
    // 0.4 - 0.01 in double is 0.39000000000000001; as float32 it is 0.38999998569.
    float justBelow = Math.nextDown(0.39f);
    assertThat((double) justBelow).isLessThan(0.39);
    assertThat(finalStatus(wasCrh(note(0.39f, 0f)))).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalStatus(wasCrh(note(justBelow, 0f)))).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void inertiaIsFinalRoundOnly() {
    assertThat(run(wasCrh(note(0.395f, 0f)).build(), false).statusOf(0))
        .isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void generalCrnhFollowsTheDiamond() {
    assertThat(finalStatus(note(-0.05f, 0f))).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(finalStatus(note(-0.049f, 0f))).isEqualTo(FIRM_REJECT);
    // factor 0.5: the line sits at -0.05 - 0.8 * 0.5 = -0.45, which float32 arithmetic (as in
    // numpy) rounds to -0.45000002, so -0.45f itself stays just above the line.
    assertThat(finalStatus(note(-0.45000002f, 0.5f))).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(finalStatus(note(-0.45f, 0.5f))).isEqualTo(FIRM_REJECT);
    assertThat(finalStatus(note(-0.44f, -0.5f))).isEqualTo(FIRM_REJECT);
    assertThat(finalRules(note(-0.2f, 0f)))
        .isEqualTo("InitialNMR (v1.0),GeneralCRNH (v1.0)");
  }

  @Test
  void crnhNeedsFiveRatingsToo() {
    NoteFeatures.Builder b = note(-0.5f, 0f);
    NoteRatingStats stats = NoteRatingStats.zeros(1);
    stats.numRatings[0] = 4;
    b.stats(stats);
    assertThat(run(b.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void ucbCrnhBelowMinusPointZeroFour() {
    NoteFeatures.Builder below = note(0.1f, 0.9f).interceptBounds(one(0f), one(-0.041f));
    assertThat(run(below.build(), false).statusOf(0)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(run(below.build(), false).activeRules()[0])
        .isEqualTo("InitialNMR (v1.0),UcbCRNH (v1.0)");
    NoteFeatures.Builder at = note(0.1f, 0.9f).interceptBounds(one(0f), one(-0.04f));
    assertThat(run(at.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
    NoteFeatures.Builder none = note(0.1f, 0.9f).interceptBounds(one(0f), one(Float.NaN));
    assertThat(run(none.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void nmCrnhForNotMisleadingNotesWithoutMinimumRatings() {
    NoteFeatures.Builder b =
        NoteFeatures.builder(1)
            .intercept(one(-0.16f))
            .factor(one(0f))
            .classification(new byte[] {Classification.NOT_MISLEADING.code()});
    RuleOutcome out = run(b.build(), false);
    assertThat(out.statusOf(0)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(out.activeRules()[0]).isEqualTo("InitialNMR (v1.0),NmCRNH (v1.0)");
    b.intercept(one(-0.15f));
    assertThat(run(b.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
  }

  @Test
  void ratioCrnhOnlyInFinalRoundAndAtItsBoundaries() {
    NoteFeatures.Builder b = note(0.1f, 0f);
    RaterSignCounts signs = RaterSignCounts.zeros(1);
    signs.minSignCount[0] = 3;
    signs.negMeanHelpfulNum[0] = 0.4f;
    signs.posMeanHelpfulNum[0] = 0.2f;
    b.signs(signs);
    assertThat(run(b.build(), false).statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(finalStatus(b)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(finalRules(b)).isEqualTo("InitialNMR (v1.0),RatioCRNH (v1.0)");
    signs.posMeanHelpfulNum[0] = 0.21f; // average 0.305
    assertThat(finalStatus(b)).isEqualTo(FIRM_REJECT);
    signs.posMeanHelpfulNum[0] = 0.2f;
    signs.minSignCount[0] = 2;
    assertThat(finalStatus(b)).isEqualTo(FIRM_REJECT);
    signs.minSignCount[0] = 3;
    signs.negMeanHelpfulNum[0] = Float.NaN;
    assertThat(finalStatus(b)).isEqualTo(FIRM_REJECT);
  }

  @Test
  void firmRejectBelowPointThreeButNotForCrnh() {
    assertThat(finalStatus(note(0.29f, 0f))).isEqualTo(FIRM_REJECT);
    assertThat(finalRules(note(0.29f, 0f)))
        .isEqualTo("InitialNMR (v1.0),RejectLowIntercept (v1.0)");
    assertThat(finalStatus(note(0.30f, 0f))).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(finalStatus(note(-0.3f, 0f))).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    RuleOutcome noFirm =
        run(
            finalRound(note(0.1f, 0f)).build(),
            true,
            RuleOptions.minorityOnly(),
            TagThresholds.uniform(1));
    assertThat(noFirm.statusOf(0)).isEqualTo(NEEDS_MORE_RATINGS);
    assertThat(noFirm.activeRules()[0]).isEqualTo("InitialNMR (v1.0)");
  }

  @Test
  void minMinorityRatersNeedsFourNetHelpful() {
    NoteFeatures.Builder b = note(0.5f, 0f);
    RaterSignCounts signs = RaterSignCounts.zeros(1);
    signs.netMinHelpful[0] = 3;
    signs.netMinHelpfulRatio[0] = 0.5f;
    b.signs(signs);
    assertThat(finalStatus(b)).isEqualTo(NEEDS_YOUR_HELP);
    assertThat(finalRules(b))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),MinMinorityRaters (v1.0)");
    signs.netMinHelpful[0] = 4;
    assertThat(finalStatus(b)).isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  @Test
  void raterBalanceBetweenFourAndTenNetHelpful() {
    NoteFeatures.Builder b = note(0.5f, 0f);
    RaterSignCounts signs = RaterSignCounts.zeros(1);
    signs.netMinHelpful[0] = 5;
    signs.netMinHelpfulRatio[0] = 0.04f;
    b.signs(signs);
    assertThat(finalStatus(b)).isEqualTo(NEEDS_YOUR_HELP);
    assertThat(finalRules(b))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),RaterBalance (v1.0)");
    signs.netMinHelpfulRatio[0] = 0.05f;
    assertThat(finalStatus(b)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    signs.netMinHelpful[0] = 10;
    signs.netMinHelpfulRatio[0] = 0.01f;
    assertThat(finalStatus(b)).isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  @Test
  void noHighVolAndNoCorrelatedInterceptsWhenPresent() {
    assertThat(finalStatus(note(0.5f, 0f).interceptNoHighVol(one(0.36f))))
        .isEqualTo(NEEDS_YOUR_HELP);
    assertThat(finalRules(note(0.5f, 0f).interceptNoHighVol(one(0.36f))))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),NoHighVolIntercept (v1.0)");
    assertThat(finalStatus(note(0.5f, 0f).interceptNoHighVol(one(0.37f))))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalStatus(note(0.5f, 0f).interceptNoHighVol(one(Float.NaN))))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(finalRules(note(0.5f, 0f).interceptNoCorrelated(one(0.2f))))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),NoCorrelatedIntercept (v1.0)");
    // Once NoHighVol made the note NYH it is no longer on track for CRH: NoCorrelated skips it.
    assertThat(
            finalRules(
                note(0.5f, 0f).interceptNoHighVol(one(0.1f)).interceptNoCorrelated(one(0.1f))))
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),NoHighVolIntercept (v1.0)");
  }

  @Test
  void lowDiligenceAbovePointTwoSixThree() {
    NoteFeatures high = finalRound(note(0.5f, 0f)).lowDiligenceIntercept(one(0.264f)).build();
    RuleOutcome out = run(high, true);
    assertThat(out.statusOf(0)).isEqualTo(FIRM_REJECT);
    assertThat(out.activeRules()[0])
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),FilterLowDiligence (v1.0)");
    NoteFeatures at = finalRound(note(0.5f, 0f)).lowDiligenceIntercept(one(0.263f)).build();
    assertThat(run(at, true).statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    NoteFeatures absent = finalRound(note(0.5f, 0f)).lowDiligenceIntercept(null).build();
    assertThat(run(absent, true).statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  @Test
  void awaitingMeansNeedsMoreRatingsOnly() {
    RuleOutcome fr = run(finalRound(note(0.1f, 0f)).build(), true);
    assertThat(fr.awaiting(0)).isFalse();
    RuleOutcome nmr = run(finalRound(note(0.35f, 0f)).build(), true);
    assertThat(nmr.awaiting(0)).isTrue();
    assertThat(nmr.crh(0)).isFalse();
  }
}
