package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.mf.reputation.DiligenceModel;
import org.bridgewatch.scoring.mf.reputation.ReputationProblem;
import org.bridgewatch.scoring.model.CompactIndex;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * The low-diligence model in a scorer's life cycle (the reference's mf_base_scorer): prescoring
 * fits it on the final-round ratings, rater factors started from the final-round helpfulness
 * model; each final scoring run refits the notes of its own final-round ratings with the rater
 * side frozen, and the note intercept feeds the FilterLowDiligence rule (lowDiligenceIntercept).
 *
 * @param fit the prescoring fit, over {@code index}'s local notes and raters
 * @param index the local indexes of the prescoring's final-round ratings
 * @param ratingsPerNote prescoring final-round ratings per note (final scoring's loss ratio)
 * @param ratingsPerUser prescoring final-round ratings per rater
 */
record LowDiligence(
    DiligenceModel.Prescoring fit, CompactIndex index, double ratingsPerNote, double ratingsPerUser) {

  /**
   * @param finalRoundRows the prescoring's final-round rating rows
   * @param raterFactor the final-round helpfulness model's rater factor per participant
   */
  static LowDiligence prescore(RunData run, int[] finalRoundRows, float[] raterFactor) {
    RatingTable ratings = run.input().ratings();
    CompactIndex index =
        CompactIndex.of(ratings, finalRoundRows, run.noteCount(), run.participantCount());
    ReputationProblem problem = DiligenceModel.problem(ratings, finalRoundRows, index);
    float[] factorInit = new float[index.raterCount()];
    for (int i = 0; i < factorInit.length; i++) {
      factorInit[i] = raterFactor[index.globalRater[i]];
    }
    DiligenceModel.Prescoring fit =
        DiligenceModel.fitPrescoring(
            problem, factorInit, run.options().seed(), run.options().threads());
    return new LowDiligence(
        fit,
        index,
        (double) finalRoundRows.length / index.noteCount(),
        (double) finalRoundRows.length / index.raterCount());
  }

  /** The low-diligence note intercept per note index of a final scoring run, NaN elsewhere. */
  float[] noteIntercepts(RunData run, RatingTable ratings, int[] finalRoundRows) {
    CompactIndex local =
        CompactIndex.of(ratings, finalRoundRows, run.noteCount(), run.participantCount());
    DiligenceModel.Final out =
        DiligenceModel.fitFinal(
            DiligenceModel.problem(ratings, finalRoundRows, local),
            DiligenceModel.FinalInit.from(fit, index, local),
            ratingsPerNote,
            ratingsPerUser,
            DiligenceModel.Solver.REFERENCE_ADAM,
            run.options().threads());
    return local.notesToGlobal(out.noteIntercept(), run.noteCount());
  }
}
