package org.bridgewatch.scoring.pipeline;

/**
 * Hears about the run's phases so that a caller can show progress. Called on the thread that
 * runs the pipeline.
 */
public interface PhaseListener {
  PhaseListener NONE = new PhaseListener() {};

  /** A phase begins; {@code name} is short and human-readable ("Core prescoring"). */
  default void phaseStarted(String name) {}

  /** The phase that began last has ended. */
  default void phaseFinished(String name, long elapsedMillis) {}
}
