package org.bridgewatch.server.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Runs the engine over the database (implemented in the next step, when the engine's pipeline API
 * exists). Contract: at most one run at a time across all nodes (the {@code job_locks} row); the
 * write-back of statuses, status history, impacts and enrollment is one transaction, so a failed
 * run changes nothing but its own {@code scoring_runs} row.
 */
public interface ScoringRunService {

  /** Starts a run now unless one is running; returns the recorded run. */
  ScoringRun trigger(ScoringRun.Trigger trigger, Long operatorId);

  /** Most recent first. */
  List<ScoringRun> recent(int limit);

  Optional<ScoringRun> find(long runId);
}
