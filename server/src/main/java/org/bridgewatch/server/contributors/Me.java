package org.bridgewatch.server.contributors;

/**
 * {@code contributors/me}: enrollment, impacts, progress to earning in, remaining writing limit.
 * {@code ratingImpactNeededToEarnIn} is how much more Rating Impact earns the ability to write
 * (0 once earned in).
 */
public record Me(
    String participantId,
    String alias,
    String enrollmentState,
    boolean canWrite,
    int writingImpact,
    int ratingImpact,
    int successfulRatingNeededToEarnIn,
    int ratingImpactNeededToEarnIn,
    String modelingPopulation,
    int modelingGroup,
    int dailyNoteLimit,
    long notesRemainingToday,
    boolean operator) {}
