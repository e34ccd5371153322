package org.bridgewatch.scoring.pipeline.meta;

/**
 * Which model produced a {@link ScorerResult}. {@link #columnPrefix} is the prefix of the model's
 * columns in scored_notes ("core" gives coreRatingStatus, coreNoteIntercept, ...). Several results
 * of a group-like kind (one per modeling group or topic) may be passed; each note is scored by at
 * most one of them.
 */
public enum ScorerKind {
  CORE("MFCoreScorer", "core"),
  CORE_WITH_TOPICS("MFCoreWithTopicsScorer", "coreWithTopics"),
  EXPANSION("MFExpansionScorer", "expansion"),
  EXPANSION_PLUS("MFExpansionPlusScorer", "expansionPlus"),
  /** One result per modeling group (MFGroupScorer); coalesced into the "group" columns. */
  GROUP("MFGroupScorer", "group"),
  /** One result per multi-group (MFMultiGroupScorer); coalesced into the "multiGroup" columns. */
  MULTI_GROUP("MFMultiGroupScorer", "multiGroup"),
  /** One result per topic (MFTopicScorer / GaussianTopicScorer); coalesced into "topic". */
  TOPIC("MFTopicScorer", "topic"),
  GAUSSIAN("GaussianScorer", "gaussian"),
  GAUSSIAN_CORE_WITH_TOPICS("GaussianCoreWithTopicsScorer", "gaussianCoreWithTopics"),
  /** The Gaussian model of the NMR-only modeling group; shares the "group" columns. */
  GAUSSIAN_GROUP("GaussianGroupScorer", "group");

  /** The reference's scorer class name, as in its Scorers enum. */
  public final String scorerName;

  public final String columnPrefix;

  ScorerKind(String scorerName, String columnPrefix) {
    this.scorerName = scorerName;
    this.columnPrefix = columnPrefix;
  }

  boolean isGroupLike() {
    return this == GROUP || this == MULTI_GROUP || this == GAUSSIAN_GROUP;
  }
}
