package org.bridgewatch.scoring.pipeline;

import org.bridgewatch.scoring.contributors.ContributorScores;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;

/**
 * Everything one run decided, before it is laid out as the four output files.
 *
 * @param input what was scored
 * @param run the shared per-run data (topics, slices, safeguards)
 * @param core the core model's outputs (null when it had no ratings)
 * @param meta final statuses; its rows are notes in ascending noteId order
 * @param newHistory the updated note status history, rows as {@code meta}
 * @param contributors contributor scores per participant index
 */
public record ScoringResult(
    ScoringInput input,
    RunData run,
    MfScorerOutput core,
    MetaScoringResult meta,
    StatusHistoryTable newHistory,
    ContributorScores contributors) {}
