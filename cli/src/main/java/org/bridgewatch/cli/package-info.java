/** The {@code bridgewatch} command line (picocli): score, generate, compare, explain, bench, serve. */
package org.bridgewatch.cli;
