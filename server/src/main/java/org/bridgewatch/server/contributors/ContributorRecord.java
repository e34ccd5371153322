package org.bridgewatch.server.contributors;

import org.bridgewatch.scoring.model.EnrollmentState;

/** A contributor row as the write rules and {@code contributors/me} need it. */
public record ContributorRecord(
    long id,
    String participantId,
    String alias,
    boolean operator,
    long createdAtMillis,
    EnrollmentState enrollmentState,
    int successfulRatingNeededToEarnIn,
    String modelingPopulation,
    int modelingGroup,
    int writingImpact,
    int ratingImpact) {

  /** earnedIn and atRisk may write notes (atRisk is one Not Helpful note from losing it). */
  public boolean canWrite() {
    return enrollmentState == EnrollmentState.EARNED_IN
        || enrollmentState == EnrollmentState.AT_RISK
        || enrollmentState == EnrollmentState.API_EARNED_IN;
  }

  /** Everyone but removed users may rate; earned-out ratings count toward earning back in. */
  public boolean canRate() {
    return canRate(enrollmentState);
  }

  public static boolean canRate(EnrollmentState state) {
    return state != EnrollmentState.REMOVED;
  }
}
