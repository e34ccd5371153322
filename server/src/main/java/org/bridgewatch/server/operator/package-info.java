/**
 * Operator controls under {@code /api/v1/operator} (operator role only): trigger and inspect
 * scoring runs, the display circuit breaker, and run-time settings (scoring interval, export delay).
 */
package org.bridgewatch.server.operator;
