package org.bridgewatch.server.web;

import java.util.List;
import java.util.Optional;
import org.bridgewatch.server.scoring.ScoringRun;

/**
 * What the operator console page needs from operations. The page depends only on this interface;
 * {@link DefaultOperatorConsole} implements it over the scoring run service and the settings
 * table, and an operator service can replace it by providing its own bean.
 */
public interface OperatorConsole {

  /** Whether scoring runs can be started in this server. */
  boolean scoringAvailable();

  /** Starts a run now; empty when scoring is not available. */
  Optional<ScoringRun> startRun(long operatorId);

  List<ScoringRun> recentRuns(int limit);

  /** While paused, signed-out readers see no note's status ({@link StatusDisplay}, the API's DisplayPolicy). */
  boolean displayPaused();

  void setDisplayPaused(boolean paused);
}
