/**
 * Scoring runs. The scheduled in-process engine run is the next step: it will snapshot the
 * database to the public tables, run the engine, and write statuses, history, impacts and
 * enrollment back in one transaction, holding the {@code job_locks} row so one node runs at a time.
 */
package org.bridgewatch.server.scoring;
