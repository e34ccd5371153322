package org.bridgewatch.scoring.model;

/**
 * Everything one scoring run reads. All tables share {@code participants}; the notes table
 * defines note indexes. {@code noteRequests} may be null when no file was given.
 */
public record ScoringInput(
    ParticipantIndex participants,
    NoteTable notes,
    RatingTable ratings,
    StatusHistoryTable statusHistory,
    EnrollmentTable enrollment,
    NoteRequestTable noteRequests) {}
