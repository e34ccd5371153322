package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;

/**
 * "FilterIncorrect", the incorrect-tag filter: a note not already CRNH is pulled back when, among
 * raters close to it in factor space, at least 2 said "Incorrect", at least 3 gave Not Helpful
 * tags, and the tf-idf incorrect score reaches the scorer's threshold (2.5 for Core).
 */
public record IncorrectFilterRule(
    NoteStatus status, int tagThreshold, int voteThreshold, double weightedTotalVotes)
    implements ScoringRule {

  public static IncorrectFilterRule standard(NoteStatus status, double weightedTotalVotes) {
    return new IncorrectFilterRule(status, 2, 3, weightedTotalVotes);
  }

  @Override
  public RuleId id() {
    return RuleId.INCORRECT_OUTLIER;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    IncorrectAggregates agg = notes.incorrect;
    for (int row = 0; row < notes.size(); row++) {
      if (state.is(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL)) {
        continue;
      }
      int incorrect = agg.incorrectInterval[row];
      if (incorrect != Nulls.NO_INT
          && incorrect >= tagThreshold
          && agg.numVotersInterval[row] >= voteThreshold
          && agg.tfIdfIncorrectInterval[row] >= weightedTotalVotes) {
        state.assign(row, status, id());
      }
    }
  }
}
