/**
 * Operator controls under {@code /api/v1/operator} (operator role only): trigger and inspect
 * scoring runs, the display circuit breaker, run-time settings (scoring interval, export delay),
 * and who the operators are ({@link org.bridgewatch.server.operator.OperatorGrants}).
 */
package org.bridgewatch.server.operator;
