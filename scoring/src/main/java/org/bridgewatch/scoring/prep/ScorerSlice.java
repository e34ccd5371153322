package org.bridgewatch.scoring.prep;

import java.util.Set;
import org.bridgewatch.scoring.topics.Topic;

/**
 * Which ratings one scorer sees: the reference Scorer's input filter plus MFBaseScorer's minimum
 * counts.
 *
 * @param name the reference scorer name (e.g. "MFCoreScorer")
 * @param includedGroups modeling groups whose raters are in; empty means no group filter
 * @param includeUnassigned whether raters absent from userEnrollment count as in-group (raters
 *     enrolled with an empty modelingGroup are never in-group, as in the reference)
 * @param strictInclusion drop notes whose in-group share of ratings is below captureThreshold
 * @param captureThreshold in-group share a note needs to keep its final score (and, with
 *     strictInclusion, to be scored at all); NaN when the scorer has none
 * @param excludeTopics drop ratings of notes that have a topic
 * @param includedTopics when non-empty, keep only ratings of notes with one of these topics
 * @param minNumRatingsPerRater prescoring rater cut-off (final scoring uses 0)
 * @param minNumRatersPerNote note cut-off, prescoring and final
 */
public record ScorerSlice(
    String name,
    Set<Integer> includedGroups,
    boolean includeUnassigned,
    boolean strictInclusion,
    double captureThreshold,
    boolean excludeTopics,
    Set<Topic> includedTopics,
    int minNumRatingsPerRater,
    int minNumRatersPerNote) {

  /** MFBaseScorer defaults. */
  public static final int DEFAULT_MIN_RATINGS_PER_RATER = 10;

  public static final int DEFAULT_MIN_RATERS_PER_NOTE = 5;

  public ScorerSlice {
    includedGroups = Set.copyOf(includedGroups);
    includedTopics = Set.copyOf(includedTopics);
  }

  /** MFCoreScorer: core groups plus unassigned raters, notes without a topic. */
  public static final ScorerSlice CORE =
      mf("MFCoreScorer", ModelingGroups.CORE, true, false, 0.5, true, Set.of());

  /** MFCoreWithTopicsScorer: as core, but topic notes stay in. */
  public static final ScorerSlice CORE_WITH_TOPICS =
      mf("MFCoreWithTopicsScorer", ModelingGroups.CORE, true, false, 0.5, false, Set.of());

  /** MFExpansionScorer: core and expansion groups plus unassigned raters. */
  public static final ScorerSlice EXPANSION =
      mf(
          "MFExpansionScorer",
          ModelingGroups.union(ModelingGroups.CORE, ModelingGroups.EXPANSION),
          true,
          false,
          0.5,
          false,
          Set.of());

  /** MFExpansionPlusScorer: core, expansion and expansion-plus groups; no capture threshold. */
  public static final ScorerSlice EXPANSION_PLUS =
      mf(
          "MFExpansionPlusScorer",
          ModelingGroups.union(
              ModelingGroups.CORE, ModelingGroups.EXPANSION, ModelingGroups.EXPANSION_PLUS),
          true,
          false,
          Double.NaN,
          false,
          Set.of());

  /** MFTopicScorer_{topic}: every rater, only notes of the topic. */
  public static ScorerSlice topic(Topic topic) {
    return mf(
        "MFTopicScorer_" + topic.refName, Set.of(), false, false, Double.NaN, false, Set.of(topic));
  }

  /**
   * MFGroupScorer_{groupId}: one group's raters only, notes kept when their in-group share reaches
   * {@code groupThreshold} (0.8 by default in the reference).
   */
  public static ScorerSlice group(
      int groupId, Set<Integer> groups, boolean strictInclusion, double groupThreshold) {
    return mf(
        "MFGroupScorer_" + groupId, groups, false, strictInclusion, groupThreshold, false, Set.of());
  }

  private static ScorerSlice mf(
      String name,
      Set<Integer> groups,
      boolean includeUnassigned,
      boolean strict,
      double capture,
      boolean excludeTopics,
      Set<Topic> topics) {
    return new ScorerSlice(
        name,
        groups,
        includeUnassigned,
        strict,
        capture,
        excludeTopics,
        topics,
        DEFAULT_MIN_RATINGS_PER_RATER,
        DEFAULT_MIN_RATERS_PER_NOTE);
  }

  /** A copy with other minimum counts. */
  public ScorerSlice withMinCounts(int minRatingsPerRater, int minRatersPerNote) {
    return new ScorerSlice(
        name,
        includedGroups,
        includeUnassigned,
        strictInclusion,
        captureThreshold,
        excludeTopics,
        includedTopics,
        minRatingsPerRater,
        minRatersPerNote);
  }

  public boolean hasCaptureThreshold() {
    return !Double.isNaN(captureThreshold);
  }
}
