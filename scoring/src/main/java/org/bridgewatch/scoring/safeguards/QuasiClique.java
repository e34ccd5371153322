package org.bridgewatch.scoring.safeguards;

/**
 * One dense rater/post subgraph.
 *
 * @param raters participant indexes, in participant-id order
 * @param tweets the posts on which the clique acted together, ascending
 */
public record QuasiClique(int[] raters, long[] tweets) {}
