package org.bridgewatch.server.scoring;

/**
 * One scoring run as recorded in {@code scoring_runs}: what went in (counts and a SHA-256 of the
 * snapshot files), how to reproduce it ({@code epochMillis}, {@code seed}: the {@code bridgewatch
 * score} flags), when it ran, and how it ended ({@link Outcome}). {@code phase} is the engine phase
 * of a RUNNING run on this node (null otherwise).
 */
public record ScoringRun(
    long id,
    Trigger trigger,
    long startedAtMillis,
    Long finishedAtMillis,
    Outcome outcome,
    Long epochMillis,
    Long seed,
    Long snapshotCutoffMillis,
    String engineVersion,
    Long inputNotes,
    Long inputRatings,
    Long inputContributors,
    Long inputStatusRows,
    Long inputNoteRequests,
    String inputHash,
    Long notesChanged,
    String errorMessage,
    String phase) {

  /** Why the run started. */
  public enum Trigger { SCHEDULED, OPERATOR, STARTUP }

  /** RUNNING until it ends; a FAILED run leaves every status as the previous run left it. */
  public enum Outcome { RUNNING, SUCCEEDED, FAILED, SKIPPED_LOCKED }

  /** Wall time of a finished run. */
  public Long durationMillis() {
    return finishedAtMillis == null ? null : finishedAtMillis - startedAtMillis;
  }

  ScoringRun withPhase(String current) {
    return new ScoringRun(id, trigger, startedAtMillis, finishedAtMillis, outcome, epochMillis, seed,
        snapshotCutoffMillis, engineVersion, inputNotes, inputRatings, inputContributors, inputStatusRows,
        inputNoteRequests, inputHash, notesChanged, errorMessage, current);
  }
}
