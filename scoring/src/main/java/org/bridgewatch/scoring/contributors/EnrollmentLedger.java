package org.bridgewatch.scoring.contributors;

import java.util.Arrays;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.Nulls;

/**
 * Every participant's enrollment fields during one run: the state read from userEnrollment and
 * the state this run assigns, so rules can tell "still in the state we read" from "moved this run"
 * (the reference's rules compare against the state names it read and so treat a participant moved
 * this run differently from one who was already in that state).
 *
 * <p>Participants missing from userEnrollment start as newUser needing rating impact 5, with no
 * state-change time and no earn-out count.
 */
public final class EnrollmentLedger {
  public final boolean[] enrolled;
  /** {@link EnrollmentState#code()} as read. */
  public final byte[] initial;
  /** {@link EnrollmentState#code()} assigned this run, {@link Nulls#NO_CODE} when untouched. */
  public final byte[] updated;
  public final int[] successfulRatingNeededToEarnIn;
  /** {@link Nulls#NO_TIME} when unknown. */
  public final long[] timestampOfLastStateChange;
  /** {@link Nulls#NO_INT} for participants without enrollment. */
  public final int[] numberOfTimesEarnedOut;
  /**
   * As written out, and as the "since last earn-out" bound for note counts: the enrollment value,
   * replaced by now for earnedOutAcknowledged participants (they are judged only on notes written
   * after they resume writing), and 1 when missing.
   */
  public final long[] timestampOfLastEarnOut;

  private EnrollmentLedger(int participants) {
    enrolled = new boolean[participants];
    initial = new byte[participants];
    updated = new byte[participants];
    successfulRatingNeededToEarnIn = new int[participants];
    timestampOfLastStateChange = new long[participants];
    numberOfTimesEarnedOut = new int[participants];
    timestampOfLastEarnOut = new long[participants];
    Arrays.fill(initial, EnrollmentState.NEW_USER.code());
    Arrays.fill(updated, Nulls.NO_CODE);
    Arrays.fill(successfulRatingNeededToEarnIn, EnrollmentStateMachine.RATING_IMPACT_FOR_EARN_IN);
    Arrays.fill(timestampOfLastStateChange, Nulls.NO_TIME);
    Arrays.fill(numberOfTimesEarnedOut, Nulls.NO_INT);
    Arrays.fill(timestampOfLastEarnOut, 1L);
  }

  /** Nobody enrolled. */
  public static EnrollmentLedger empty(int participants) {
    return new EnrollmentLedger(participants);
  }

  public static EnrollmentLedger of(int participants, EnrollmentTable table, long nowMillis) {
    EnrollmentLedger l = new EnrollmentLedger(participants);
    if (table == null) {
      return l;
    }
    for (int i = 0; i < table.size; i++) {
      int p = table.participant[i];
      byte state = table.state[i] < 0 ? EnrollmentState.NEW_USER.code() : table.state[i];
      l.enroll(
          p,
          EnrollmentState.ofCode(state),
          table.successfulRatingNeededToEarnIn[i],
          table.timestampOfLastStateChange[i],
          table.timestampOfLastEarnOut[i],
          table.numberOfTimesEarnedOut[i],
          nowMillis);
    }
    return l;
  }

  /** Records one participant's enrollment row. */
  public void enroll(
      int p,
      EnrollmentState state,
      int needed,
      long lastStateChange,
      long lastEarnOut,
      int timesEarnedOut,
      long nowMillis) {
    enrolled[p] = true;
    initial[p] = state.code();
    successfulRatingNeededToEarnIn[p] = needed;
    timestampOfLastStateChange[p] = lastStateChange;
    numberOfTimesEarnedOut[p] = timesEarnedOut;
    if (state == EnrollmentState.EARNED_OUT_ACKNOWLEDGED) {
      timestampOfLastEarnOut[p] = nowMillis;
    } else {
      timestampOfLastEarnOut[p] = lastEarnOut == Nulls.NO_TIME ? 1L : lastEarnOut;
    }
  }

  /** True while the participant still holds the state read from userEnrollment. */
  boolean untouchedIn(int p, EnrollmentState... states) {
    if (updated[p] != Nulls.NO_CODE) {
      return false;
    }
    for (EnrollmentState s : states) {
      if (initial[p] == s.code()) {
        return true;
      }
    }
    return false;
  }

  public EnrollmentState current(int p) {
    return EnrollmentState.ofCode(updated[p] != Nulls.NO_CODE ? updated[p] : initial[p]);
  }

  /** The code written to helpfulness_scores.tsv. */
  public int outputCode(int p) {
    return current(p).outputCode;
  }

  void move(int p, EnrollmentState to, long nowMillis) {
    updated[p] = to.code();
    timestampOfLastStateChange[p] = nowMillis;
  }

  void countEarnOut(int p) {
    if (numberOfTimesEarnedOut[p] != Nulls.NO_INT) {
      numberOfTimesEarnedOut[p]++;
    }
  }
}
