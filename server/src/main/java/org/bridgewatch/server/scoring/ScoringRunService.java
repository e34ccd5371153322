package org.bridgewatch.server.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Runs the engine over the database. Contract: at most one run at a time across all nodes (the
 * {@code job_locks} row); the write-back of statuses, scores, status history, impacts and
 * enrollment is one transaction, so a failed run changes nothing but its own {@code scoring_runs}
 * row.
 */
public interface ScoringRunService {

  /**
   * Starts a run in the background unless one is running; returns the recorded (RUNNING) run, or
   * empty when another run holds the lock.
   */
  Optional<ScoringRun> trigger(ScoringRun.Trigger trigger, Long operatorId);

  /** Runs on the calling thread; empty when another run holds the lock. */
  Optional<ScoringRun> runNow(ScoringRun.Trigger trigger, Long operatorId);

  /** Most recent first. */
  List<ScoringRun> recent(int limit);

  /** With the current phase while it runs on this node. */
  Optional<ScoringRun> find(long runId);
}
