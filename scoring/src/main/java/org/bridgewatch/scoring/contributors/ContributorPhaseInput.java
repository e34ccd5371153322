package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * What the contributor phase reads, after final note scoring.
 *
 * @param ratingRows the preprocessed ratings the run scored (null: all of {@code ratings})
 * @param statusHistory the note status history as updated by this run (its current status and most
 *     recent non-NMR status time drive valid ratings, ratedAfterDecision and the 14/90-day totals)
 * @param finalOutcomes final rating status per note index (finalRatingStatus)
 * @param coreNoteIntercept core intercept per note index (float32 as the model gives it), NaN when
 *     absent
 * @param enrollment userEnrollment as read (may be null)
 * @param nowMillis the run's "now" (--epoch-millis)
 */
public record ContributorPhaseInput(
    ParticipantIndex participants,
    NoteTable notes,
    RatingTable ratings,
    int[] ratingRows,
    StatusHistoryTable statusHistory,
    NoteOutcomes finalOutcomes,
    float[] coreNoteIntercept,
    EnrollmentTable enrollment,
    long nowMillis) {}
