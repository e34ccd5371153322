package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.NoteStatus.*;
import static org.bridgewatch.scoring.rules.RuleFixtures.*;

import org.bridgewatch.scoring.model.RatingTag;
import org.junit.jupiter.api.Test;

class FilterRulesTest {

  private static NoteFeatures withTag(float intercept, RatingTag tag, float adjusted, float ratio) {
    NoteFeatures.Builder b = finalRound(note(intercept, 0f));
    TagAggregates agg = TagAggregates.empty(1);
    for (int k = 0; k < TagAggregates.TAGS.size(); k++) {
      agg.adjusted[k][0] = 0f;
      agg.adjustedRatio[k][0] = 0f;
    }
    agg.adjusted[TagAggregates.indexOf(tag)][0] = adjusted;
    agg.adjustedRatio[TagAggregates.indexOf(tag)][0] = ratio;
    return b.tags(agg).build();
  }

  private static final TagThresholds THRESHOLDS = TagThresholds.uniform(0.2);

  private static RuleOutcome runTags(NoteFeatures f) {
    return run(f, true, RuleOptions.core(), THRESHOLDS);
  }

  @Test
  void tagOutlierFilterNeedsAdjustedTotalAboveTwoPointFiveAndRatioAboveThreshold() {
    RuleOutcome out = runTags(withTag(0.5f, RatingTag.NOT_HELPFUL_INCORRECT, 2.6f, 0.3f));
    assertThat(out.statusOf(0)).isEqualTo(FIRM_REJECT);
    assertThat(out.activeRules()[0])
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),TagFilter (v1.0)");
    assertThat(out.activeFilterTags()[0]).isEqualTo("notHelpfulIncorrect");

    assertThat(runTags(withTag(0.5f, RatingTag.NOT_HELPFUL_INCORRECT, 2.5f, 0.3f)).statusOf(0))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
    // Ratio equal to the threshold (as float32) does not trip the filter.
    assertThat(runTags(withTag(0.5f, RatingTag.NOT_HELPFUL_INCORRECT, 3f, 0.2f)).statusOf(0))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(runTags(withTag(0.5f, RatingTag.NOT_HELPFUL_INCORRECT, 3f, 0.2f)).activeFilterTags())
        .containsOnlyNulls();
  }

  @Test
  void hardToUnderstandIsIgnored() {
    RuleOutcome out = runTags(withTag(0.5f, RatingTag.NOT_HELPFUL_HARD_TO_UNDERSTAND, 9f, 0.9f));
    assertThat(out.statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  @Test
  void tagFilterActsOnNmrNotesTooButLeavesCrnhAlone() {
    RuleOutcome nmr = runTags(withTag(0.35f, RatingTag.NOT_HELPFUL_MISSING_KEY_POINTS, 3f, 0.5f));
    assertThat(nmr.statusOf(0)).isEqualTo(FIRM_REJECT);
    assertThat(nmr.activeRules()[0]).isEqualTo("InitialNMR (v1.0),TagFilter (v1.0)");
    RuleOutcome crnh = runTags(withTag(-0.5f, RatingTag.NOT_HELPFUL_MISSING_KEY_POINTS, 3f, 0.5f));
    assertThat(crnh.statusOf(0)).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL);
    assertThat(crnh.activeFilterTags()[0]).isNull();
  }

  @Test
  void severalTagsAreListedInColumnOrder() {
    NoteFeatures f = withTag(0.5f, RatingTag.NOT_HELPFUL_NOTE_NOT_NEEDED, 3f, 0.5f);
    int k = TagAggregates.indexOf(RatingTag.NOT_HELPFUL_INCORRECT);
    f.tags.adjusted[k][0] = 4f;
    f.tags.adjustedRatio[k][0] = 0.4f;
    assertThat(runTags(f).activeFilterTags()[0])
        .isEqualTo("notHelpfulIncorrect,notHelpfulNoteNotNeeded");
  }

  @Test
  void perTagThresholdsApply() {
    double[] t = new double[TagAggregates.TAGS.size()];
    java.util.Arrays.fill(t, 0.9);
    t[TagAggregates.indexOf(RatingTag.NOT_HELPFUL_OUTDATED)] = 0.1;
    NoteFeatures f = withTag(0.5f, RatingTag.NOT_HELPFUL_OUTDATED, 3f, 0.15f);
    assertThat(run(f, true, RuleOptions.core(), TagThresholds.of(t)).statusOf(0))
        .isEqualTo(FIRM_REJECT);
    NoteFeatures g = withTag(0.5f, RatingTag.NOT_HELPFUL_OFF_TOPIC, 3f, 0.15f);
    assertThat(run(g, true, RuleOptions.core(), TagThresholds.of(t)).statusOf(0))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
  }

  private static NoteFeatures withIncorrect(int incorrect, double voters, double tfIdf) {
    NoteFeatures.Builder b = finalRound(note(0.5f, 0f));
    IncorrectAggregates agg = IncorrectAggregates.empty(1);
    agg.incorrectInterval[0] = incorrect;
    agg.numVotersInterval[0] = voters;
    agg.tfIdfIncorrectInterval[0] = tfIdf;
    return b.incorrect(agg).build();
  }

  @Test
  void incorrectFilterAtItsBoundaries() {
    RuleOutcome out = run(withIncorrect(2, 3, 2.5), true);
    assertThat(out.statusOf(0)).isEqualTo(FIRM_REJECT);
    assertThat(out.activeRules()[0])
        .isEqualTo("InitialNMR (v1.0),GeneralCRH (v1.0),FilterIncorrect (v1.0)");
    assertThat(run(withIncorrect(1, 3, 9), true).statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(run(withIncorrect(2, 2, 9), true).statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(run(withIncorrect(2, 3, 2.4999), true).statusOf(0))
        .isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(run(withIncorrect(5, 9, Double.POSITIVE_INFINITY), true).statusOf(0))
        .isEqualTo(FIRM_REJECT);
  }

  @Test
  void elevatedCrhOnlyWhenASuperThresholdIsConfigured() {
    RuleOptions withSuper =
        RuleOptions.core().withCrhSuperThreshold(java.util.OptionalDouble.of(0.5));
    NoteFeatures tagged = withTag(0.55f, RatingTag.NOT_HELPFUL_INCORRECT, 3f, 0.5f);
    RuleOutcome out = run(tagged, true, withSuper, THRESHOLDS);
    assertThat(out.statusOf(0)).isEqualTo(CURRENTLY_RATED_HELPFUL);
    assertThat(out.activeRules()[0])
        .isEqualTo(
            "InitialNMR (v1.0),GeneralCRH (v1.0),TagFilter (v1.0),CRHSuperThreshold (v1.0)");
    NoteFeatures lower = withTag(0.45f, RatingTag.NOT_HELPFUL_INCORRECT, 3f, 0.5f);
    assertThat(run(lower, true, withSuper, THRESHOLDS).statusOf(0)).isEqualTo(FIRM_REJECT);
  }
}
