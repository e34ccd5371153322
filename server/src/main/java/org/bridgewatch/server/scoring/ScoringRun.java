package org.bridgewatch.server.scoring;

/**
 * One scoring run as recorded in {@code scoring_runs}: what went in (counts and a hash of the
 * snapshot), when it ran, and how it ended ({@link Outcome}).
 */
public record ScoringRun(
    long id,
    Trigger trigger,
    long startedAtMillis,
    Long finishedAtMillis,
    Outcome outcome,
    Long inputNotes,
    Long inputRatings,
    Long inputContributors,
    Long inputStatusRows,
    String inputHash,
    Long notesChanged,
    String errorMessage) {

  /** Why the run started. */
  public enum Trigger { SCHEDULED, OPERATOR, STARTUP }

  /** RUNNING until it ends; a FAILED run leaves every status as the previous run left it. */
  public enum Outcome { RUNNING, SUCCEEDED, FAILED, SKIPPED_LOCKED }
}
