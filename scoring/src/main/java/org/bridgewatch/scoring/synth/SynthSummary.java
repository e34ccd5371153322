package org.bridgewatch.scoring.synth;

/**
 * What a generator run wrote.
 *
 * @param notes notes written
 * @param users userEnrollment rows (human raters plus AI writers)
 * @param ratings ratings written
 * @param kindCounts notes per kind: bridging, polarizing, unhelpful, noise
 * @param levelCounts ratings per level: NOT_HELPFUL, SOMEWHAT_HELPFUL, HELPFUL
 * @param ratingShards number of ratings files
 * @param suggestedEpochMillis the "now" to score the data at
 */
public record SynthSummary(
    int notes,
    int users,
    long ratings,
    int[] kindCounts,
    long[] levelCounts,
    int ratingShards,
    long suggestedEpochMillis) {}
