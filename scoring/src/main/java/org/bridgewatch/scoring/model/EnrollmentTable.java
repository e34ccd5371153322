package org.bridgewatch.scoring.model;

/**
 * userEnrollment, one row per enrolled participant. {@code participant[i]} indexes the input's
 * {@link ParticipantIndex}.
 */
public final class EnrollmentTable {
  public static final String[] COLUMNS = {
    "participantId",
    "enrollmentState",
    "successfulRatingNeededToEarnIn",
    "timestampOfLastStateChange",
    "timestampOfLastEarnOut",
    "modelingPopulation",
    "modelingGroup",
    "numberOfTimesEarnedOut"
  };

  public final int size;
  public final int[] participant;
  /** {@link EnrollmentState#code()}. */
  public final byte[] state;
  public final int[] successfulRatingNeededToEarnIn;
  public final long[] timestampOfLastStateChange;
  /** {@link Nulls#NO_TIME} when empty. */
  public final long[] timestampOfLastEarnOut;
  /** {@link ModelingPopulation#code()}, or {@link Nulls#NO_CODE}. */
  public final byte[] modelingPopulation;
  /** {@link Nulls#NO_INT} when empty. */
  public final int[] modelingGroup;
  public final int[] numberOfTimesEarnedOut;

  public EnrollmentTable(
      int[] participant,
      byte[] state,
      int[] successfulRatingNeededToEarnIn,
      long[] timestampOfLastStateChange,
      long[] timestampOfLastEarnOut,
      byte[] modelingPopulation,
      int[] modelingGroup,
      int[] numberOfTimesEarnedOut) {
    this.size = participant.length;
    this.participant = participant;
    this.state = state;
    this.successfulRatingNeededToEarnIn = successfulRatingNeededToEarnIn;
    this.timestampOfLastStateChange = timestampOfLastStateChange;
    this.timestampOfLastEarnOut = timestampOfLastEarnOut;
    this.modelingPopulation = modelingPopulation;
    this.modelingGroup = modelingGroup;
    this.numberOfTimesEarnedOut = numberOfTimesEarnedOut;
  }
}
