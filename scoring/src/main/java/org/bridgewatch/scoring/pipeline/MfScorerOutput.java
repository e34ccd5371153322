package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.rules.ScoredNotes;

/**
 * One MF scorer's final outputs, per note index (NaN / null where the scorer has no value) and per
 * participant.
 *
 * @param spec the scorer
 * @param meta what meta-scoring reads
 * @param scored the final-round rule evaluation (features and outcome), rows = scored notes
 * @param noteIntercept final note intercept
 * @param noteFactor final note factor
 * @param interceptMin pseudo-rater lower bound
 * @param interceptMax pseudo-rater upper bound
 * @param interceptNoHighVol intercept without high-volume raters
 * @param interceptNoCorrelated intercept without correlated raters
 * @param interceptPopulationSampled intercept from population-sampled ratings only
 * @param numFinalRoundRatings final-round ratings per note (-1 when unscored)
 * @param status rating status code per note ({@code Nulls.NO_CODE} when unscored)
 * @param activeRules per note
 * @param activeFilterTags per note
 * @param captured per note: the note stays in this scorer's output (capture threshold)
 * @param raterIntercept final rater intercept per participant
 * @param raterFactor final rater factor per participant
 * @param topicNoteConfident topic models: per note 1 confident, 0 not, NO_CODE unscored; else null
 * @param prescoring the prescoring this final scoring started from
 * @param lowDiligenceIntercept the low-diligence note intercept of the main fit, or null when the
 *     run leaves the model out
 */
public record MfScorerOutput(
    MfScorerSpec spec,
    ScorerResult meta,
    ScoredNotes scored,
    float[] noteIntercept,
    float[] noteFactor,
    float[] interceptMin,
    float[] interceptMax,
    float[] interceptNoHighVol,
    float[] interceptNoCorrelated,
    float[] interceptPopulationSampled,
    int[] numFinalRoundRatings,
    byte[] status,
    String[] activeRules,
    String[] activeFilterTags,
    boolean[] captured,
    float[] raterIntercept,
    float[] raterFactor,
    byte[] topicNoteConfident,
    MfPrescoring prescoring,
    float[] lowDiligenceIntercept) {}
