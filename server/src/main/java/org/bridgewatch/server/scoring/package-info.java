/**
 * Scoring runs: {@link org.bridgewatch.server.scoring.ScoringRunner} snapshots the database into
 * the public TSVs (the export's view at the run's epoch, no delay), runs the engine in process, and
 * writes statuses, scores, status history, impacts and enrollment back in one transaction, holding
 * the {@code job_locks} row so one node runs at a time. Each run records its epoch and seed so an
 * export can be re-scored to the same statuses.
 */
package org.bridgewatch.server.scoring;
