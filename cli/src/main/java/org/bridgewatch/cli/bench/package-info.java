/**
 * Benchmark plumbing: running a scoring command in a child JVM and reading its wall time and
 * peak heap (from a {@code peakHeapBytes=N} line it prints, or from its GC log); and the REST API
 * load benchmark's client ({@link org.bridgewatch.cli.bench.ApiClient}) and rating-write load
 * ({@link org.bridgewatch.cli.bench.RatingLoad}).
 */
package org.bridgewatch.cli.bench;
