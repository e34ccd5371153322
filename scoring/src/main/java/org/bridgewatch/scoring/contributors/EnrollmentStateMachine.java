package org.bridgewatch.scoring.contributors;

import static org.bridgewatch.scoring.model.EnrollmentState.API_EARNED_IN;
import static org.bridgewatch.scoring.model.EnrollmentState.API_EARNED_OUT;
import static org.bridgewatch.scoring.model.EnrollmentState.API_TEST_USER;
import static org.bridgewatch.scoring.model.EnrollmentState.AT_RISK;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_IN;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_OUT_ACKNOWLEDGED;
import static org.bridgewatch.scoring.model.EnrollmentState.EARNED_OUT_NO_ACKNOWLEDGE;
import static org.bridgewatch.scoring.model.EnrollmentState.NEW_USER;
import static org.bridgewatch.scoring.model.EnrollmentState.REMOVED;

import org.bridgewatch.scoring.model.EnrollmentState;

/**
 * Writing-ability transitions, applied in the reference's order. Rules that name a state match
 * only participants still in the state read from userEnrollment; participants moved earlier in the
 * same run fall through to later rules (as in the reference).
 *
 * <ol>
 *   <li><b>Earn in</b>: newUser / earnedOut* with rating impact &gt;= successfulRatingNeededToEarnIn
 *       becomes earnedIn.
 *   <li><b>At risk</b>: exactly 2 CRNH among the recent decided notes ({@link
 *       AuthorNoteCounts#recentDecided}) makes earnedIn (or just-moved) participants atRisk.
 *   <li><b>Earn out</b>: more than 2 CRNH among them earns out (count +1) anyone but removed,
 *       newUser, earnedOutAcknowledged and API users.
 *   <li><b>Back in</b>: fewer than 2 CRNH returns atRisk participants to earnedIn.
 *   <li><b>Single-trigger earn-out</b>: negative writing impact over all notes (CRNH &gt; CRH)
 *       while a recent note is CRNH earns out anyone not already earned out, newUser or removed.
 *   <li><b>Unlock bar</b>: every participant now earnedOutNoAcknowledge needs rating impact 5 +
 *       max(current impact, 0) + 5 per earlier earn-out (top writers: no escalation) and moves to
 *       earnedOutAcknowledged.
 * </ol>
 *
 * Missing counts (participant absent from the rating/recent-note tables) are NaN: every comparison
 * with them is false.
 */
public final class EnrollmentStateMachine {
  /** Rating impact a new user needs to unlock writing; also the per-earn-out escalation. */
  public static final int RATING_IMPACT_FOR_EARN_IN = 5;
  /** CRNH count among recent decided notes that puts an author at risk. */
  public static final int AT_RISK_CRNH_COUNT = 2;
  public static final int TOP_WRITER_WRITING_IMPACT = 10;
  public static final double TOP_WRITER_HIT_RATE = 0.04;

  private EnrollmentStateMachine() {}

  /**
   * Rules 1-4 for one participant.
   *
   * @param ratingImpact successful - unsuccessful valid ratings - unsuccessful not-helpful ones
   *     (helpful on CRNH counts twice); NaN when missing
   * @param recentCrnh CRNH among recent decided notes; NaN when missing
   */
  public static void applyTrackRecordRules(
      EnrollmentLedger l, int p, double ratingImpact, double recentCrnh, long nowMillis) {
    if (l.untouchedIn(p, NEW_USER, EARNED_OUT_NO_ACKNOWLEDGE, EARNED_OUT_ACKNOWLEDGED)
        && ratingImpact >= l.successfulRatingNeededToEarnIn[p]) {
      l.move(p, EARNED_IN, nowMillis);
    }
    if (!l.untouchedIn(
            p,
            REMOVED,
            NEW_USER,
            EARNED_OUT_NO_ACKNOWLEDGE,
            EARNED_OUT_ACKNOWLEDGED,
            AT_RISK,
            API_TEST_USER,
            API_EARNED_IN,
            API_EARNED_OUT)
        && recentCrnh == AT_RISK_CRNH_COUNT) {
      l.move(p, AT_RISK, nowMillis);
    }
    if (!l.untouchedIn(
            p, REMOVED, NEW_USER, EARNED_OUT_ACKNOWLEDGED, API_TEST_USER, API_EARNED_IN, API_EARNED_OUT)
        && recentCrnh > AT_RISK_CRNH_COUNT) {
      l.countEarnOut(p);
      l.move(p, EARNED_OUT_NO_ACKNOWLEDGE, nowMillis);
    }
    if (!l.untouchedIn(
            p,
            REMOVED,
            NEW_USER,
            EARNED_OUT_ACKNOWLEDGED,
            EARNED_OUT_NO_ACKNOWLEDGE,
            EARNED_IN,
            API_TEST_USER,
            API_EARNED_IN,
            API_EARNED_OUT)
        && recentCrnh < AT_RISK_CRNH_COUNT) {
      l.move(p, EARNED_IN, nowMillis);
    }
  }

  /**
   * Rule 5. {@code crh}/{@code crnh} count all the author's notes (0 for non-authors); {@code
   * hasRecentCrnh}: a CRNH note among the recent decided notes.
   */
  public static void applySingleTriggerEarnOut(
      EnrollmentLedger l, int p, int crh, int crnh, boolean hasRecentCrnh, long nowMillis) {
    EnrollmentState s = l.current(p);
    boolean exempt =
        s == EARNED_OUT_NO_ACKNOWLEDGE
            || s == EARNED_OUT_ACKNOWLEDGED
            || s == NEW_USER
            || s == REMOVED;
    if (crnh > crh && hasRecentCrnh && !exempt) {
      l.countEarnOut(p);
      l.move(p, EARNED_OUT_NO_ACKNOWLEDGE, nowMillis);
    }
  }

  /**
   * Rule 6. Applies to everyone in earnedOutNoAcknowledge, including participants read in that
   * state. The state change time is not touched.
   *
   * @param ratingImpact NaN counts as 0
   * @param topWriter see {@link #isTopWriter}
   */
  public static void settleEarnOut(EnrollmentLedger l, int p, double ratingImpact, boolean topWriter) {
    if (l.current(p) != EARNED_OUT_NO_ACKNOWLEDGE) {
      return;
    }
    double impact = Double.isNaN(ratingImpact) ? 0 : Math.max(ratingImpact, 0);
    int times =
        l.numberOfTimesEarnedOut[p] == org.bridgewatch.scoring.model.Nulls.NO_INT
            ? 0
            : l.numberOfTimesEarnedOut[p];
    double needed = RATING_IMPACT_FOR_EARN_IN + impact;
    if (!topWriter) {
      needed += RATING_IMPACT_FOR_EARN_IN * Math.max(times - 1, 0);
    }
    l.successfulRatingNeededToEarnIn[p] = (int) needed;
    l.updated[p] = EARNED_OUT_ACKNOWLEDGED.code();
  }

  /** Top writer: writing impact &gt;= 10 and writing impact / notes &gt;= 4%. */
  public static boolean isTopWriter(int crh, int crnh, int awaiting) {
    int notes = Math.max(crh + crnh + awaiting, 1);
    int impact = crh - crnh;
    return impact >= TOP_WRITER_WRITING_IMPACT && (double) impact / notes >= TOP_WRITER_HIT_RATE;
  }
}
