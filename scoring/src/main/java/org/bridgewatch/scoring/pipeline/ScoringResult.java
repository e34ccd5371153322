package org.bridgewatch.scoring.pipeline;

import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.contributors.ContributorScores;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;

/**
 * Everything one run decided, before it is laid out as the four output files.
 *
 * @param input what was scored
 * @param run the shared per-run data (topics, slices, safeguards)
 * @param models the final outputs of the MF scorers that ran, in {@link MfScorers} order
 * @param prescorings every MF prescoring that produced output, by reference scorer name
 * @param additional results of the {@link AdditionalScorer}s (Gaussian, ...), in their order
 * @param meta final statuses; its rows are notes in ascending noteId order
 * @param newHistory the updated note status history, rows as {@code meta}
 * @param contributors contributor scores per participant index
 */
public record ScoringResult(
    ScoringInput input,
    RunData run,
    List<MfScorerOutput> models,
    Map<String, MfPrescoring> prescorings,
    List<ScorerResult> additional,
    MetaScoringResult meta,
    StatusHistoryTable newHistory,
    ContributorScores contributors) {

  /** The core model's outputs (null when it did not run or had no ratings). */
  public MfScorerOutput core() {
    return models.stream().filter(m -> m.spec().kind() == ScorerKind.CORE).findFirst().orElse(null);
  }

  /** The MF outputs of one kind (several for group and topic kinds). */
  public List<MfScorerOutput> models(ScorerKind kind) {
    return models.stream().filter(m -> m.spec().kind() == kind).toList();
  }
}
