/**
 * Contributor scoring: how well each participant rates and writes, and what that unlocks.
 *
 * <p>Two uses share these classes. Inside a matrix-factorization scorer, {@link
 * org.bridgewatch.scoring.contributors.HelpfulnessScores} turns first-round note statuses into
 * rater and author helpfulness and {@link org.bridgewatch.scoring.contributors.HelpfulnessFilter}
 * decides which ratings survive into the final round. After final note scoring, {@link
 * org.bridgewatch.scoring.contributors.ContributorPhase} computes the per-contributor columns of
 * {@code helpfulness_scores.tsv}: rating track record, writing track record, enrollment
 * transitions (earn in, at risk, earn out), top not-helpful tags, emerging writers and the
 * 14/90-day totals.
 *
 * <p>Everything is columnar: results are primitive arrays indexed by {@link
 * org.bridgewatch.scoring.model.ParticipantIndex} index; missing values are {@code NaN} (counts
 * the reference keeps as float), {@link org.bridgewatch.scoring.model.Nulls#NO_TIME} or {@link
 * org.bridgewatch.scoring.model.Nulls#NO_INT}.
 */
package org.bridgewatch.scoring.contributors;
