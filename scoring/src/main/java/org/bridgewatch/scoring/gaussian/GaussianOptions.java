package org.bridgewatch.scoring.gaussian;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.rules.RuleOptions;
import org.bridgewatch.scoring.topics.Topic;

/**
 * Configuration of one Gaussian scorer (the reference's {@code GaussianScorer} constructor
 * arguments and the overrides of its subclasses and of {@code run_scoring._get_scorers}).
 *
 * @param kind which Gaussian scorer this is
 * @param groupId modeling group of {@link ScorerKind#GAUSSIAN_GROUP} (15 in the reference), else
 *     {@link org.bridgewatch.scoring.model.Nulls#NO_INT}
 * @param rules status-rule thresholds
 * @param crhParams kernel of the helpfulness pass
 * @param crnhParams kernel of the not-helpfulness pass
 * @param crhBins bin centers of the helpfulness pass
 * @param crnhBins bin centers of the not-helpfulness pass
 * @param minNumRatersPerNote notes with fewer ratings in a run are not scored by it
 * @param useReputation keep only ratings of raters above the core helpfulness threshold
 * @param useMfNoteParams take the note factor from a matrix factorization with frozen prescoring
 *     rater parameters (when the prescoring inputs allow it), else the kernel's mean factor
 * @param seed seed of that factorization
 * @param threads worker threads; results do not depend on it
 * @param topic the topic of a {@link ScorerKind#TOPIC} model (GaussianTopicScorer), else null
 * @param numConfidenceRatings a topic model's note is confident with more than this many
 *     ratings from raters of each factor sign
 */
public record GaussianOptions(
    ScorerKind kind,
    int groupId,
    RuleOptions rules,
    GaussianParams crhParams,
    GaussianParams crnhParams,
    float[] crhBins,
    float[] crnhBins,
    int minNumRatersPerNote,
    boolean useReputation,
    boolean useMfNoteParams,
    long seed,
    int threads,
    Topic topic,
    int numConfidenceRatings) {

  /** Modeling group of the reference's NMR-only Gaussian group scorer. */
  public static final int NMR_GAUSS_GROUP = 15;

  public GaussianOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (kind != ScorerKind.GAUSSIAN
        && kind != ScorerKind.GAUSSIAN_CORE_WITH_TOPICS
        && kind != ScorerKind.GAUSSIAN_GROUP
        && kind != ScorerKind.TOPIC) {
      throw new IllegalArgumentException("not a Gaussian scorer: " + kind);
    }
    if ((kind == ScorerKind.TOPIC) != (topic != null)) {
      throw new IllegalArgumentException("a topic is required for, and only for, topic models");
    }
  }

  /**
   * GaussianScorer's defaults: CRH at 0.51, CRNH at -0.5 (flat), NM-CRNH at -0.6, |factor| up to
   * 1.0, safeguard intercepts at 0.45, no firm reject and no minority-rater rules.
   */
  public static RuleOptions gaussianRules() {
    return new RuleOptions(
        5,
        0.51,
        -0.5,
        0,
        -0.6,
        -0.5,
        OptionalDouble.empty(),
        0.01,
        0.263,
        1.0,
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        0.45,
        0.45,
        95,
        2.5);
  }

  /**
   * GaussianGroupScorer's thresholds with run_scoring's crhThreshold=0.25: CRNH line -0.05 - 0.8
   * |factor|, NM-CRNH -0.15, |factor| up to 0.5, safeguard intercepts at 0.37.
   */
  public static RuleOptions groupRules() {
    return groupLikeRules(0.25);
  }

  /**
   * GaussianTopicScorer's thresholds: the group model's (CRNH line -0.05 - 0.8 |factor|, |factor|
   * up to 0.5, safeguard intercepts at 0.37) with CRH at 0.40.
   */
  public static RuleOptions topicRules() {
    return groupLikeRules(0.40);
  }

  private static RuleOptions groupLikeRules(double crhThreshold) {
    return new RuleOptions(
        5,
        crhThreshold,
        -0.05,
        -0.8,
        -0.15,
        -0.5,
        OptionalDouble.empty(),
        0.01,
        0.263,
        0.5,
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        0.37,
        0.37,
        95,
        2.5);
  }

  /** GaussianScorer (coverage groups, topic notes excluded). */
  public static GaussianOptions gaussian(long seed, int threads) {
    return of(ScorerKind.GAUSSIAN, org.bridgewatch.scoring.model.Nulls.NO_INT, gaussianRules(),
        seed, threads);
  }

  /** GaussianCoreWithTopicsScorer: GaussianScorer's model without the topic exclusion. */
  public static GaussianOptions coreWithTopics(long seed, int threads) {
    return of(ScorerKind.GAUSSIAN_CORE_WITH_TOPICS, org.bridgewatch.scoring.model.Nulls.NO_INT,
        gaussianRules(), seed, threads);
  }

  /** GaussianGroupScorer of the NMR-only modeling group 15. */
  public static GaussianOptions group(long seed, int threads) {
    return of(ScorerKind.GAUSSIAN_GROUP, NMR_GAUSS_GROUP, groupRules(), seed, threads);
  }

  /**
   * GaussianTopicScorer of one topic, as run_scoring configures it for InDimensionTwo: every rater
   * (no reputation filter, no capture threshold), a narrower CRH kernel (bandwidth 0.05) and a
   * confidence bit needing just one rating from each factor side.
   */
  public static GaussianOptions topic(Topic topic, long seed, int threads) {
    GaussianParams crh = GaussianParams.crh().withBandwidth(TOPIC_CRH_BANDWIDTH);
    return new GaussianOptions(ScorerKind.TOPIC, org.bridgewatch.scoring.model.Nulls.NO_INT,
        topicRules(), crh, GaussianParams.crnh(), GaussianBins.crh(), GaussianBins.crnh(), 5,
        false, true, seed, threads, topic, 0);
  }

  /** run_scoring's CRH kernel bandwidth of the Gaussian topic scorer. */
  static final double TOPIC_CRH_BANDWIDTH = 0.05;

  private static GaussianOptions of(
      ScorerKind kind, int groupId, RuleOptions rules, long seed, int threads) {
    return new GaussianOptions(
        kind,
        groupId,
        rules,
        GaussianParams.crh(),
        GaussianParams.crnh(),
        GaussianBins.crh(),
        GaussianBins.crnh(),
        5,
        true,
        true,
        seed,
        threads,
        null,
        0);
  }

  /** Whether the model writes a population-sampled intercept (the group model drops it). */
  public boolean writesPopulationSampled() {
    return kind != ScorerKind.GAUSSIAN_GROUP && kind != ScorerKind.TOPIC;
  }

  public GaussianOptions withRules(RuleOptions r) {
    return new GaussianOptions(kind, groupId, r, crhParams, crnhParams, crhBins, crnhBins,
        minNumRatersPerNote, useReputation, useMfNoteParams, seed, threads, topic,
        numConfidenceRatings);
  }

  public GaussianOptions withMfNoteParams(boolean use) {
    return new GaussianOptions(kind, groupId, rules, crhParams, crnhParams, crhBins, crnhBins,
        minNumRatersPerNote, useReputation, use, seed, threads, topic, numConfidenceRatings);
  }
}
