/**
 * Turning a matrix-factorization model's note parameters into note statuses: the scoring rules
 * of the MF-based scorers (Core, Expansion, Group, Topic) and the aggregates they read.
 *
 * <p>The entry point is {@link org.bridgewatch.scoring.rules.ScoredNotesCalculator}, which
 * mirrors the reference's {@code compute_scored_notes}: it aggregates the scorer's ratings per note
 * ({@link org.bridgewatch.scoring.rules.NoteRatingStats}, {@link
 * org.bridgewatch.scoring.rules.RaterSignCounts}, and in the final round {@link
 * org.bridgewatch.scoring.rules.TagAggregates} and {@link
 * org.bridgewatch.scoring.rules.IncorrectAggregates}), builds the ordered rule list ({@link
 * org.bridgewatch.scoring.rules.MfRuleList}) and applies it ({@link
 * org.bridgewatch.scoring.rules.RuleEngine}). Each rule is one small {@link
 * org.bridgewatch.scoring.rules.ScoringRule} class named after the documented rule it implements.
 *
 * <p>Prescoring hands two things to final scoring that are computed here too: the per-tag outlier
 * thresholds ({@link org.bridgewatch.scoring.rules.TagThresholds}) and each rater's "incorrect"
 * tag propensity ({@link org.bridgewatch.scoring.rules.UserIncorrectRatio}). Explanation tags
 * ({@link org.bridgewatch.scoring.rules.ExplanationTags}) are chosen at meta-scoring time but live
 * here because they are a rule over the same tag counts.
 *
 * <p>Everything is columnar: notes are rows of a {@link
 * org.bridgewatch.scoring.rules.NoteFeatures} table, ratings are row indexes into the shared
 * {@link org.bridgewatch.scoring.model.RatingTable}. Where the reference compares a float32 model
 * column against a Python float, numpy casts the threshold to float32 first; the rules do the
 * same (thresholds are kept as doubles and narrowed at the comparison).
 */
package org.bridgewatch.scoring.rules;
