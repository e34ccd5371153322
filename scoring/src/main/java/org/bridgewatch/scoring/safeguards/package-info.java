/**
 * Defences against coordinated and high-volume raters, computed before final scoring.
 *
 * <ul>
 *   <li>{@link org.bridgewatch.scoring.safeguards.HighVolumeRaters}: the "rater engagement"
 *       baseline: raters above the 99.9th percentile of rating volume over 7 or 28 days, whose
 *       ratings are left out of the NoHighVol intercept run.
 *   <li>{@link org.bridgewatch.scoring.safeguards.PostSelectionSimilarity}: post selection
 *       similarity (author affinity / writer coverage, NPMI and minSim co-rating pairs) grouped into
 *       connected components, and {@link org.bridgewatch.scoring.safeguards.PostSelectionFilter}
 *       which coalesces each component's ratings on a note into one.
 *   <li>{@link org.bridgewatch.scoring.safeguards.QuasiCliqueDetection}: the "rater independence"
 *       dense rater/post subgraphs that mark correlated raters for the NoCorrelated intercept run.
 *   <li>{@link org.bridgewatch.scoring.safeguards.SafeguardSlices}: which rating rows each extra
 *       final-scoring run (NoHighVol, NoCorrelated, PopulationSampled) sees, in the reference's
 *       row order.
 * </ul>
 *
 * <p>Everything here is a pure function over the model's columnar tables, returning primitive
 * arrays indexed by rating row or by participant index. Where work runs on several threads (the
 * two pair counters over fixed rater chunks, and the two detectors side by side in {@link
 * org.bridgewatch.scoring.safeguards.RaterClusters}), each piece writes only its own outputs and
 * they are merged in a fixed order, so results do not depend on the thread count. Wherever the reference's result depends on an unstable sort or on
 * hash-set iteration order, a documented total order (participant id order) is used instead.
 */
package org.bridgewatch.scoring.safeguards;
