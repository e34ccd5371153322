package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "GeneralCRH": Currently Rated Helpful once a note has enough ratings and its intercept reaches
 * the threshold. Notes saying the post is not misleading never become CRH here. With {@link
 * RuleId#ELEVATED_CRH} and a higher threshold this is also the "CRHSuperThreshold" rule.
 */
public record GeneralCrhRule(RuleId id, int minRatingsNeeded, double threshold)
    implements ScoringRule {

  public static GeneralCrhRule general(int minRatingsNeeded, double threshold) {
    return new GeneralCrhRule(RuleId.GENERAL_CRH, minRatingsNeeded, threshold);
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    float t = (float) threshold;
    for (int row = 0; row < notes.size(); row++) {
      if (notes.numRatings(row) >= minRatingsNeeded
          && notes.intercept[row] >= t
          && !notes.saysNotMisleading(row)) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_HELPFUL, id);
      }
    }
  }
}
