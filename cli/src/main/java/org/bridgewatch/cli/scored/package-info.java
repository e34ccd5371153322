/**
 * Reading the scorer's output files ({@code scored_notes.tsv} and friends) by column name, and
 * the two tools built on them: comparing two scoring runs, and explaining one note's status.
 */
package org.bridgewatch.cli.scored;
