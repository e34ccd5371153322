package org.bridgewatch.scoring.gaussian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.rules.ModelNoteParams;
import org.bridgewatch.scoring.rules.RatingSlice;
import org.bridgewatch.scoring.rules.RuleOptions;
import org.bridgewatch.scoring.rules.ScoredNotes;
import org.bridgewatch.scoring.rules.ScoredNotesCalculator;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;
import org.bridgewatch.scoring.topics.Topic;
import org.junit.jupiter.api.Test;

class GaussianScorerTest {

  @Test
  void resultsDoNotDependOnThreadsOrRepetition() {
    Synth s = new Synth(300, 400, 25, 7);
    GaussianInput in = s.input(s.allRows(), null);
    ScorerResult one = GaussianScorer.score(in, GaussianOptions.gaussian(1, 1)).result();
    ScorerResult three = GaussianScorer.score(in, GaussianOptions.gaussian(1, 3)).result();
    ScorerResult again = GaussianScorer.score(in, GaussianOptions.gaussian(1, 3)).result();
    for (ScorerResult other : new ScorerResult[] {three, again}) {
      assertThat(other.status).isEqualTo(one.status);
      assertThat(other.intercept).isEqualTo(one.intercept);
      assertThat(other.factor).isEqualTo(one.factor);
      assertThat(other.activeRules).isEqualTo(one.activeRules);
    }
    long crh = IntStream.range(0, one.size)
        .filter(n -> one.status[n] == NoteStatus.CURRENTLY_RATED_HELPFUL.code()).count();
    long crnh = IntStream.range(0, one.size)
        .filter(n -> one.status[n] == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code()).count();
    assertThat(crh).isPositive();
    assertThat(crnh).isPositive();
  }

  @Test
  void interceptsLieInTheRangesOfTheTwoPasses() {
    Synth s = new Synth(200, 200, 20, 3);
    ScorerResult r =
        GaussianScorer.score(s.input(s.allRows(), null), GaussianOptions.gaussian(1, 1)).result();
    for (int n = 0; n < r.size; n++) {
      double v = r.intercept[n];
      assertThat(v == 0 || (v >= 0.05 && v <= 0.8) || (v >= -0.65 && v <= -0.25))
          .as("intercept %s", v).isTrue();
      assertThat(r.numFinalRoundRatings[n]).isEqualTo(20);
    }
    assertThat(r.interceptPopulationSampled).isNotNull();
  }

  @Test
  void finalRoundKeepsNotesWithFiveRatingsAndHelpfulRatersWithParameters() {
    Synth s = new Synth(50, 3, 5, 11);
    // Drop one rating of note 1: it keeps 4 ratings and leaves the run.
    int dropped = IntStream.range(0, s.ratings.size).filter(r -> s.ratings.note[r] == 1)
        .findFirst().getAsInt();
    int[] rows = IntStream.range(0, s.ratings.size).filter(r -> r != dropped).toArray();
    int rater0 = s.ratings.rater[IntStream.range(0, s.ratings.size)
        .filter(r -> s.ratings.note[r] == 0).findFirst().getAsInt()];
    int rater2 = s.ratings.rater[IntStream.range(0, s.ratings.size)
        .filter(r -> s.ratings.note[r] == 2).findFirst().getAsInt()];
    s.above[rater0] = false;
    s.raterIntercept[rater2] = Float.NaN;
    GaussianInput in = s.input(rows, null);
    int[] kept = GaussianRun.finalRoundRows(in, rows, GaussianOptions.gaussian(1, 1));
    assertThat(Arrays.stream(kept).map(r -> s.ratings.note[r]).filter(n -> n == 1)).isEmpty();
    assertThat(Arrays.stream(kept).map(r -> s.ratings.rater[r]))
        .doesNotContain(rater0, rater2);
    assertThat(kept.length).isEqualTo(10 - countOf(s, rows, rater0, 0) - countOf(s, rows, rater2, 2));
  }

  private static int countOf(Synth s, int[] rows, int rater, int note) {
    return (int) Arrays.stream(rows)
        .filter(r -> s.ratings.rater[r] == rater && s.ratings.note[r] == note).count();
  }

  @Test
  void authorsAddAHelpfulRowUnlessTheyRatedOrHaveNoFactor() {
    Synth s = new Synth(40, 3, 6, 5);
    int author0 = s.raters;
    int author1 = s.raters + 1;
    s.raterFactor[author0] = 0.42f;
    s.raterFactor[author1] = -0.3f;
    // Note 1's author also rated note 1: no synthetic row. Note 2's author has no factor.
    int r1 = IntStream.range(0, s.ratings.size).filter(r -> s.ratings.note[r] == 1)
        .findFirst().getAsInt();
    s.ratings.rater[r1] = author1;
    s.raterIntercept[author1] = 0f;
    s.above[author1] = true;
    GaussianInput in = s.input(s.allRows(), null);
    float[] author = GaussianRun.authorFactors(in, s.allRows(), s.noteCount);
    assertThat(author[0]).isEqualTo(0.42f);
    assertThat(author[1]).isNaN();
    assertThat(author[2]).isNaN();
    // The row counts in the CRH pass: note 0's intercept moves with its author's factor.
    GaussianOptions o = GaussianOptions.gaussian(1, 1).withMfNoteParams(false);
    double with = GaussianScorer.score(in, o).result().factor[0];
    s.raterFactor[author0] = Float.NaN;
    double without = GaussianScorer.score(s.input(s.allRows(), null), o).result().factor[0];
    assertThat(with).isCloseTo(without * 6 / 7 + 0.42 / 7, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void safeguardRunsLeaveOutFlaggedRaters() {
    Synth s = new Synth(100, 50, 20, 9);
    boolean[] none = new boolean[s.raterFactor.length];
    boolean[] all = new boolean[s.raterFactor.length];
    Arrays.fill(all, true);
    GaussianResult same = GaussianScorer.score(s.input(s.allRows(), none), GaussianOptions.gaussian(1, 1));
    GaussianResult gone = GaussianScorer.score(s.input(s.allRows(), all), GaussianOptions.gaussian(1, 1));
    assertThat(same.interceptNoHighVol()).isEqualTo(same.result().intercept);
    assertThat(gone.interceptNoHighVol()).containsOnly(Double.NaN);
    assertThat(gone.result().intercept).isEqualTo(same.result().intercept);
  }

  @Test
  void groupModelCarriesItsGroupAndNoPopulationSampledColumn() {
    Synth s = new Synth(100, 30, 20, 2);
    ScorerResult r = GaussianScorer.score(s.input(s.allRows(), null), GaussianOptions.group(1, 1))
        .result();
    assertThat(r.kind).isEqualTo(ScorerKind.GAUSSIAN_GROUP);
    assertThat(r.groupId).isEqualTo(15);
    assertThat(r.crhThreshold).isEqualTo(0.25);
    assertThat(r.interceptPopulationSampled).isNull();
  }

  @Test
  void topicModelScoresEveryRaterAndMarksConfidenceByFactorSides() {
    Synth s = new Synth(80, 12, 10, 6);
    // Below the helpfulness threshold does not matter: the topic model has no reputation filter.
    Arrays.fill(s.above, false);
    // Note 0: one rating from a negative-factor rater, the rest positive (one per side suffices).
    // Note 1: positive-factor raters only.
    int[] rowsOf0 = IntStream.range(0, s.ratings.size).filter(r -> s.ratings.note[r] == 0).toArray();
    int[] rowsOf1 = IntStream.range(0, s.ratings.size).filter(r -> s.ratings.note[r] == 1).toArray();
    for (int i = 0; i < rowsOf0.length; i++) {
      s.raterFactor[s.ratings.rater[rowsOf0[i]]] = i == 0 ? -0.3f : 0.3f;
    }
    for (int r : rowsOf1) {
      s.raterFactor[s.ratings.rater[r]] = 0.3f;
    }
    GaussianOptions o = GaussianOptions.topic(Topic.IN_DIMENSION_TWO, 1, 1);
    GaussianResult out = GaussianScorer.score(s.input(s.allRows(), null), o);
    ScorerResult r = out.result();
    assertThat(r.kind).isEqualTo(ScorerKind.TOPIC);
    assertThat(r.topic).isEqualTo("InDimensionTwo");
    assertThat(r.crhThreshold).isEqualTo(0.40);
    assertThat(r.interceptPopulationSampled).isNull();
    assertThat(IntStream.range(0, r.size).filter(r::scored).count()).isEqualTo(12);
    assertThat(r.topicNoteConfident[0]).isEqualTo((byte) 1);
    assertThat(r.topicNoteConfident[1]).isEqualTo((byte) 0);
    assertThat(r.interceptNoHighVol).isEqualTo(out.interceptNoHighVol());
    assertThat(r.interceptNoCorrelated).isEqualTo(out.interceptNoCorrelated());
    // MFTopicScorer's threshold (more than 4 per side) would not call note 0 confident.
    GaussianOptions strict =
        new GaussianOptions(o.kind(), o.groupId(), o.rules(), o.crhParams(), o.crnhParams(),
            o.crhBins(), o.crnhBins(), o.minNumRatersPerNote(), o.useReputation(),
            o.useMfNoteParams(), o.seed(), o.threads(), o.topic(), 4);
    assertThat(GaussianScorer.score(s.input(s.allRows(), null), strict).result()
        .topicNoteConfident[0]).isEqualTo((byte) 0);
  }

  @Test
  void topicModelUsesTheNarrowCrhKernelAndTheTopicThresholds() {
    GaussianOptions o = GaussianOptions.topic(Topic.IN_DIMENSION_TWO, 1, 1);
    assertThat(o.crhParams()).isEqualTo(GaussianParams.crh().withBandwidth(0.05));
    assertThat(o.crnhParams()).isEqualTo(GaussianParams.crnh());
    assertThat(o.useReputation()).isFalse();
    assertThat(o.numConfidenceRatings()).isZero();
    RuleOptions t = o.rules();
    assertThat(t.crhThreshold()).isEqualTo(0.40);
    assertThat(t).isEqualTo(
        new RuleOptions(5, 0.40, -0.05, -0.8, -0.15, -0.5, OptionalDouble.empty(), 0.01, 0.263, 0.5,
            OptionalDouble.empty(), java.util.OptionalInt.empty(), OptionalDouble.empty(), 0.37,
            0.37, 95, 2.5));
    Synth s = new Synth(60, 6, 10, 4);
    float[] intercept = {0.40f, Math.nextDown(0.40f), 0f, 0f, 0f, 0f};
    float[] factor = {0.01f, 0.02f, 0.03f, 0.04f, 0.05f, 0.06f};
    ScoredNotes scored = rules(s, intercept, factor, t);
    assertThat(scored.activeRules(0)).contains("GeneralCRH (v1.0)");
    assertThat(scored.activeRules(1)).doesNotContain("GeneralCRH");
  }

  @Test
  void onlyTopicModelsNameATopic() {
    GaussianOptions g = GaussianOptions.gaussian(1, 1);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new GaussianOptions(g.kind(), g.groupId(), g.rules(), g.crhParams(),
            g.crnhParams(), g.crhBins(), g.crnhBins(), 5, true, true, 1, 1,
            Topic.IN_DIMENSION_TWO, 0));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new GaussianOptions(ScorerKind.TOPIC, g.groupId(), g.rules(),
            g.crhParams(), g.crnhParams(), g.crhBins(), g.crnhBins(), 5, false, true, 1, 1, null,
            0));
  }

  @Test
  void gaussianThresholdsAtTheirBoundaries() {
    Synth s = new Synth(60, 6, 10, 4);
    float[] intercept = {0.51f, Math.nextDown(0.51f), -0.5f, Math.nextUp(-0.5f), 0.25f, 0.2499f};
    float[] factor = {0.01f, 0.02f, 0.03f, 0.04f, 0.05f, 0.06f};
    ScoredNotes gaussian = rules(s, intercept, factor, GaussianOptions.gaussianRules());
    assertThat(gaussian.activeRules(0)).contains("GeneralCRH (v1.0)");
    assertThat(gaussian.activeRules(1)).doesNotContain("GeneralCRH");
    assertThat(gaussian.activeRules(2)).contains("GeneralCRNH (v1.0)");
    assertThat(gaussian.activeRules(3)).doesNotContain("GeneralCRNH");
    ScoredNotes group = rules(s, intercept, factor, GaussianOptions.groupRules());
    assertThat(group.activeRules(4)).contains("GeneralCRH (v1.0)");
    assertThat(group.activeRules(5)).doesNotContain("GeneralCRH");
    // Large factor: |factor| above 1.0 blocks CRH for the Gaussian model (0.5 for the group one).
    float[] large = {0.6f, 0.6f, 0.6f, 0.6f, 0.6f, 0.6f};
    // Notes 0 and 3 are rated helpful by both sides in the synthetic data.
    float[] big = {1.0f, 0f, 0f, Math.nextUp(1.0f), 0f, 0f};
    ScoredNotes blocked = rules(s, large, big, GaussianOptions.gaussianRules());
    assertThat(blocked.status(0)).isEqualTo(NoteStatus.CURRENTLY_RATED_HELPFUL);
    assertThat(blocked.status(3)).isEqualTo(NoteStatus.NEEDS_MORE_RATINGS);
    assertThat(blocked.activeRules(3)).contains("FilterLargeFactor");
  }

  private static ScoredNotes rules(Synth s, float[] intercept, float[] factor, RuleOptions o) {
    return ScoredNotesCalculator.compute(
        new ScoredNotesInput(
            RatingSlice.all(s.ratings),
            IntStream.range(0, s.noteCount).toArray(),
            s.notes.classification,
            ScoredNotesInput.currentStatusByNote(s.history, s.noteCount),
            new ModelNoteParams(intercept, factor, null, null, intercept, intercept, null, null),
            s.raterFactor,
            o,
            true,
            TagThresholds.uniform(1e9),
            UserIncorrectRatio.compute(RatingSlice.all(s.ratings), s.raterFactor.length),
            Nulls.NO_TIME));
  }

  @Test
  void optionsKeepTheReferenceDefaults() {
    RuleOptions g = GaussianOptions.gaussianRules();
    assertThat(g.crhThreshold()).isEqualTo(0.51);
    assertThat(g.crnhThresholdIntercept()).isEqualTo(-0.5);
    assertThat(g.crnhThresholdNMIntercept()).isEqualTo(-0.6);
    assertThat(g.factorThreshold()).isEqualTo(1.0);
    assertThat(g.crhThresholdNoHighVol()).isEqualTo(0.45);
    assertThat(g.firmRejectThreshold()).isEqualTo(OptionalDouble.empty());
    assertThat(GaussianOptions.coreWithTopics(0, 1).rules()).isEqualTo(g);
  }
}
