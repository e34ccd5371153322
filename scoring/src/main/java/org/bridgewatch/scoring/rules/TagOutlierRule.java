package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * "TagFilter", the tag outlier filter: a note not already CRNH is pulled back (to NMR, or
 * FIRM_REJECT when the scorer firm-rejects) when for some Not Helpful tag the distance-weighted
 * total exceeds 2.5 and the weighted ratio exceeds the tag's prescoring percentile threshold. The
 * "hard to understand" tag is ignored. The tags that fired are kept as the note's
 * activeFilterTags.
 */
public record TagOutlierRule(NoteStatus status, TagThresholds thresholds, double minAdjustedTotal)
    implements ScoringRule {

  static final double DEFAULT_MIN_ADJUSTED_TOTAL = 2.5;

  public TagOutlierRule(NoteStatus status, TagThresholds thresholds) {
    this(status, thresholds, DEFAULT_MIN_ADJUSTED_TOTAL);
  }

  @Override
  public RuleId id() {
    return RuleId.TAG_OUTLIER;
  }

  @Override
  public void apply(NoteFeatures notes, RuleState state) {
    TagAggregates agg = notes.tags;
    float minTotal = (float) minAdjustedTotal;
    float[] limit = new float[TagAggregates.TAGS.size()];
    for (RatingTag tag : TagAggregates.TAGS) {
      limit[TagAggregates.indexOf(tag)] = (float) thresholds.threshold(tag);
    }
    StringBuilder fired = new StringBuilder();
    for (int row = 0; row < notes.size(); row++) {
      if (state.is(row, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL)) {
        continue;
      }
      fired.setLength(0);
      for (RatingTag tag : TagAggregates.TAGS) {
        if (tag == RatingTag.NOT_HELPFUL_HARD_TO_UNDERSTAND) {
          continue;
        }
        int k = TagAggregates.indexOf(tag);
        if (agg.adjusted[k][row] > minTotal && agg.adjustedRatio[k][row] > limit[k]) {
          if (fired.length() > 0) {
            fired.append(',');
          }
          fired.append(tag.column);
        }
      }
      if (fired.length() > 0) {
        state.assign(row, status, id());
        state.setActiveFilterTags(row, fired.toString());
      }
    }
  }
}
