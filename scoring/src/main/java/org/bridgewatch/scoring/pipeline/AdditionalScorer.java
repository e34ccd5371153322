package org.bridgewatch.scoring.pipeline;

import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;

/**
 * A scorer that is not one of the pipeline's MF scorers (the Gaussian scorers, for instance)
 * joining a run: it runs after the MF final scorers, may reuse any MF prescoring by reference
 * name (as the reference's get_prescoring_name does: GaussianScorer reads "MFCoreScorer",
 * GaussianGroupScorer "MFGroupScorer_15", the Gaussian topic scorer "MFTopicScorer_InDimensionTwo"),
 * and hands its results to meta-scoring.
 */
public interface AdditionalScorer {
  /**
   * Short name for progress reporting. The scorer applies {@code --scorers} itself ({@link
   * ScoringOptions#enables}), since one implementation may run several reference models.
   */
  String name();

  /**
   * @param run the shared per-run data
   * @param prescorings MF prescorings that produced output, by reference scorer name
   * @return one result per model it ran (indexed by note index), possibly none
   */
  List<ScorerResult> score(RunData run, Map<String, MfPrescoring> prescorings);
}
