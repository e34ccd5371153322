/**
 * Everything between "tables loaded" and "ratings handed to a scorer's matrix factorization".
 *
 * <p>{@link org.bridgewatch.scoring.prep.RatingPreprocessor} applies the reference's global
 * preprocessing once per run (duplicate removal, helpfulNum, high-volume raters, the
 * misleading/deleted-note filter) and yields {@link org.bridgewatch.scoring.prep.PreparedRatings}:
 * a set of surviving rating rows over the shared {@link org.bridgewatch.scoring.model.RatingTable}.
 *
 * <p>{@link org.bridgewatch.scoring.prep.ScorerSlice} describes which of those ratings a scorer
 * sees (modeling groups, topics, minimum counts); {@link org.bridgewatch.scoring.prep.SliceSelector}
 * turns a slice into rating rows for prescoring and for final scoring. Nothing here copies a
 * rating: results are ascending int arrays of rows.
 */
package org.bridgewatch.scoring.prep;
