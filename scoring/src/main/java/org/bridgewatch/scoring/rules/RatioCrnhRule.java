package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * "RatioCRNH": Currently Rated Not Helpful when raters on both factor sides mostly found the note
 * not helpful: at least 3 ratings per side, mean helpfulness at most 0.4 on each side and at most
 * 0.3 averaged over the two sides. Only active in the final round ({@code enabled}).
 */
public record RatioCrnhRule(
    int minRatingsNeeded,
    boolean enabled,
    double maxHelpfulNumPerSide,
    double maxAvgHelpfulNumPerSide,
    int minMinSignCount)
    implements ScoringRule {

  public static RatioCrnhRule standard(int minRatingsNeeded, boolean finalRound) {
    return new RatioCrnhRule(minRatingsNeeded, finalRound, 0.4, 0.3, 3);
  }

  @Override
  public RuleId id() {
    return RuleId.RATIO_CRNH;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    if (!enabled) {
      return;
    }
    RaterSignCounts s = notes.signs;
    float maxSide = (float) maxHelpfulNumPerSide;
    float maxAvg = (float) maxAvgHelpfulNumPerSide;
    for (int row = 0; row < notes.size(); row++) {
      float neg = s.negMeanHelpfulNum[row];
      float pos = s.posMeanHelpfulNum[row];
      if (notes.numRatings(row) >= minRatingsNeeded
          && s.minSignCount[row] >= minMinSignCount
          && neg <= maxSide
          && pos <= maxSide
          && (neg + pos) / 2f <= maxAvg) {
        state.assign(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL, id());
      }
    }
  }
}
