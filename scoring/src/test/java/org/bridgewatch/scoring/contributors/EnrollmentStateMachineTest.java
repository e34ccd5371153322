package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.EnrollmentState.AT_RISK;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_IN;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_OUT_ACKNOWLEDGED;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_OUT_NO_ACKNOWLEDGE;
import static org.bridgewatch.scoring.model.EnrollmentState.NEW_USER;

import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.Nulls;
import org.junit.jupiter.api.Test;

class EnrollmentStateMachineTest {
  static final long NOW = 1_800_000_000_000L;
  static final long BEFORE = 1_700_000_000_000L;

  static EnrollmentLedger ledger(EnrollmentState state, int needed, int timesEarnedOut) {
    EnrollmentLedger l = EnrollmentLedger.empty(1);
    l.enroll(0, state, needed, BEFORE, Nulls.NO_TIME, timesEarnedOut, NOW);
    return l;
  }

  /** All six rules in the phase's order. */
  static void run(EnrollmentLedger l, double ratingImpact, double recentCrnh, int crh, int crnh,
      int awaiting) {
    EnrollmentStateMachine.applyTrackRecordRules(l, 0, ratingImpact, recentCrnh, NOW);
    EnrollmentStateMachine.applySingleTriggerEarnOut(l, 0, crh, crnh, recentCrnh > 0, NOW);
    EnrollmentStateMachine.settleEarnOut(l, 0, ratingImpact,
        EnrollmentStateMachine.isTopWriter(crh, crnh, awaiting));
  }

  @Test
  void newUserEarnsInAtRatingImpactFiveNotFour() {
    EnrollmentLedger four = ledger(NEW_USER, 5, 0);
    run(four, 4, 0, 0, 0, 0);
    assertThat(four.current(0)).isEqualTo(NEW_USER);
    assertThat(four.timestampOfLastStateChange[0]).isEqualTo(BEFORE);

    EnrollmentLedger five = ledger(NEW_USER, 5, 0);
    run(five, 5, 0, 0, 0, 0);
    assertThat(five.current(0)).isEqualTo(EARNED_IN);
    assertThat(five.outputCode(0)).isZero();
    assertThat(five.timestampOfLastStateChange[0]).isEqualTo(NOW);
  }

  @Test
  void twoRecentCrnhPutsAtRiskThreeEarnsOut() {
    EnrollmentLedger one = ledger(EARNED_IN, 5, 0);
    run(one, 0, 1, 4, 1, 0);
    assertThat(one.current(0)).isEqualTo(EARNED_IN);
    assertThat(one.timestampOfLastStateChange[0]).isEqualTo(BEFORE);

    EnrollmentLedger two = ledger(EARNED_IN, 5, 0);
    run(two, 0, 2, 3, 2, 0);
    assertThat(two.current(0)).isEqualTo(AT_RISK);
    assertThat(two.outputCode(0)).isEqualTo(1);

    EnrollmentLedger three = ledger(EARNED_IN, 5, 0);
    run(three, 12, 3, 2, 3, 0);
    assertThat(three.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    assertThat(three.outputCode(0)).isEqualTo(3);
    assertThat(three.numberOfTimesEarnedOut[0]).isEqualTo(1);
    assertThat(three.successfulRatingNeededToEarnIn[0]).as("impact 12 + 5").isEqualTo(17);
    assertThat(three.timestampOfLastStateChange[0]).isEqualTo(NOW);
  }

  @Test
  void unlockBarRisesByFivePerEarlierEarnOut() {
    EnrollmentLedger second = ledger(AT_RISK, 5, 1);
    run(second, 12, 3, 2, 3, 0);
    assertThat(second.numberOfTimesEarnedOut[0]).isEqualTo(2);
    assertThat(second.successfulRatingNeededToEarnIn[0]).isEqualTo(5 + 12 + 5);

    EnrollmentLedger third = ledger(AT_RISK, 5, 2);
    run(third, -4, 3, 2, 3, 0);
    assertThat(third.successfulRatingNeededToEarnIn[0]).as("negative impact counts as 0")
        .isEqualTo(5 + 0 + 10);
  }

  @Test
  void topWritersDoNotEscalate() {
    EnrollmentLedger l = ledger(EARNED_IN, 5, 3);
    run(l, 7, 3, 30, 3, 10);
    assertThat(l.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    assertThat(l.successfulRatingNeededToEarnIn[0]).isEqualTo(5 + 7);
    assertThat(EnrollmentStateMachine.isTopWriter(10, 0, 240)).isTrue();
    assertThat(EnrollmentStateMachine.isTopWriter(10, 0, 241)).as("hit rate below 4%").isFalse();
    assertThat(EnrollmentStateMachine.isTopWriter(9, 0, 0)).isFalse();
  }

  @Test
  void atRiskWithFewerThanTwoRecentCrnhReturnsToEarnedIn() {
    EnrollmentLedger l = ledger(AT_RISK, 5, 0);
    run(l, 0, 1, 5, 1, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_IN);
    assertThat(l.timestampOfLastStateChange[0]).isEqualTo(NOW);
  }

  @Test
  void missingCountsLeaveAtRiskUntouched() {
    EnrollmentLedger l = ledger(AT_RISK, 5, 0);
    run(l, Double.NaN, Double.NaN, 0, 0, 0);
    assertThat(l.current(0)).isEqualTo(AT_RISK);
    assertThat(l.timestampOfLastStateChange[0]).isEqualTo(BEFORE);
  }

  @Test
  void negativeWritingImpactAndARecentCrnhEarnsOutAtOnce() {
    EnrollmentLedger l = ledger(EARNED_IN, 5, 0);
    run(l, 3, 1, 1, 2, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    assertThat(l.numberOfTimesEarnedOut[0]).isEqualTo(1);
    assertThat(l.successfulRatingNeededToEarnIn[0]).isEqualTo(8);
    assertThat(l.timestampOfLastStateChange[0]).isEqualTo(NOW);
  }

  @Test
  void zeroWritingImpactDoesNotTriggerSingleEarnOut() {
    EnrollmentLedger l = ledger(EARNED_IN, 5, 0);
    run(l, 3, 1, 1, 1, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_IN);
  }

  @Test
  void negativeWritingImpactWithoutRecentCrnhIsNoTrigger() {
    EnrollmentLedger l = ledger(EARNED_IN, 5, 0);
    run(l, 3, 0, 0, 4, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_IN);
  }

  @Test
  void participantsReadAsEarnedOutNoAcknowledgeAreSettled() {
    EnrollmentLedger l = ledger(EARNED_OUT_NO_ACKNOWLEDGE, 5, 1);
    run(l, 2, Double.NaN, 0, 0, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    assertThat(l.successfulRatingNeededToEarnIn[0]).isEqualTo(7);
    assertThat(l.timestampOfLastStateChange[0]).as("settling is no state change").isEqualTo(BEFORE);
  }

  @Test
  void earnedOutAcknowledgedLooksOnlyAtNotesAfterNow() {
    EnrollmentLedger l = ledger(EARNED_OUT_ACKNOWLEDGED, 20, 1);
    assertThat(l.timestampOfLastEarnOut[0]).isEqualTo(NOW);
    run(l, 19, 0, 0, 0, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    run(l, 20, 0, 0, 0, 0);
    assertThat(l.current(0)).isEqualTo(EARNED_IN);
  }

  @Test
  void unenrolledParticipantsAreNewUsersWithoutCounts() {
    EnrollmentLedger l = EnrollmentLedger.empty(1);
    assertThat(l.current(0)).isEqualTo(NEW_USER);
    assertThat(l.successfulRatingNeededToEarnIn[0]).isEqualTo(5);
    assertThat(l.timestampOfLastEarnOut[0]).isEqualTo(1L);
    run(l, 6, 3, 0, 3, 0);
    // Earned in, then earned out in the same run; the missing count stays missing.
    assertThat(l.current(0)).isEqualTo(EARNED_OUT_ACKNOWLEDGED);
    assertThat(l.numberOfTimesEarnedOut[0]).isEqualTo(Nulls.NO_INT);
    assertThat(l.successfulRatingNeededToEarnIn[0]).isEqualTo(11);
  }
}
