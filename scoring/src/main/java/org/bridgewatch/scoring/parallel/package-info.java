/**
 * Deterministic parallel loops shared by the engine's phases: fixed chunks whose results do not
 * depend on the number of threads.
 */
package org.bridgewatch.scoring.parallel;
