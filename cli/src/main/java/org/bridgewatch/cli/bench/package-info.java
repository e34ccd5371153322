/**
 * Benchmark plumbing: running a scoring command in a child JVM and reading its wall time and
 * peak heap (from a {@code peakHeapBytes=N} line it prints, or from its GC log).
 */
package org.bridgewatch.cli.bench;
