/**
 * Meta-scoring: reconciles the per-note results of every scorer that ran (core, expansion,
 * expansion-plus, core-with-topics, group, multi-group, topic and Gaussian models) into one final
 * rating status per note.
 *
 * <p>{@link org.bridgewatch.scoring.pipeline.meta.MetaScorer} applies the meta rules in the
 * reference's order (MetaInitialNMR, the per-model rules, group/topic guards,
 * PopulationSampledIntercept, NmrDueToMinStableCrhTime, ScoringDriftGuard,
 * InsufficientExplanation); each rule that acts on a note is recorded in that note's
 * {@code metaScorerActiveRules}, and the last one is its {@code decidedBy}. Inputs are columnar
 * {@link org.bridgewatch.scoring.pipeline.meta.ScorerResult}s indexed by note row; outputs are
 * columnar {@link org.bridgewatch.scoring.pipeline.meta.MetaScoringResult}s in noteStatusHistory
 * row order.
 */
package org.bridgewatch.scoring.pipeline.meta;
