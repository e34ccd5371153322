package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * CRH inertia ("GeneralCRHInertia", or "ElevatedCRHInertia" after the super threshold): a note
 * that was CRH in the previous run stays CRH while its intercept is within {@code inertiaDelta}
 * (0.01) below the CRH threshold. Notes not currently on track for CRH are the only candidates.
 *
 * @param threshold the lowered threshold, {@code crhThreshold - inertiaDelta} computed in double
 *     and compared in float32 as the reference does
 */
public record CrhInertiaRule(RuleId id, int minRatingsNeeded, double threshold)
    implements ScoringRule {

  public static CrhInertiaRule general(int minRatingsNeeded, double crhThreshold, double delta) {
    return new CrhInertiaRule(RuleId.GENERAL_CRH_INERTIA, minRatingsNeeded, crhThreshold - delta);
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (!state.is(row, NoteStatus.CURRENTLY_RATED_HELPFUL)
          && notes.numRatings(row) >= minRatingsNeeded
          && notes.intercept[row] >= t
          && notes.wasCrh(row)
          && !notes.saysNotMisleading(row)) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_HELPFUL, id);
      }
    }
  }
}
