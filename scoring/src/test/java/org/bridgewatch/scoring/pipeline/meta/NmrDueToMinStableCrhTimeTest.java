package org.bridgewatch.scoring.pipeline.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.NoteStatus.CURRENTLY_RATED_HELPFUL;
import static org.bridgewatch.scoring.model.NoteStatus.CURRENTLY_RATED_NOT_HELPFUL;
import static org.bridgewatch.scoring.model.NoteStatus.NEEDS_MORE_RATINGS;
import static org.bridgewatch.scoring.model.NoteStatus.NEEDS_YOUR_HELP;
import static org.bridgewatch.scoring.pipeline.meta.MetaScenario.MINUTE;
import static org.bridgewatch.scoring.pipeline.meta.MetaScenario.NOW;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The minimum-stable-CRH-time windows, at their boundaries. */
class NmrDueToMinStableCrhTimeTest {
  private static final String RULE = "NmrDueToMinStableCrhTime (v1.0)";

  /** One note the core model scores {@code status}, prior stabilization timestamp {@code since}. */
  private static MetaScenario note(NoteStatus status, long since, boolean pflipCrh) {
    MetaScenario s = new MetaScenario(1).model(ScorerKind.CORE, 0, status, 0.5).explained(0);
    s.priorStatus(0, NEEDS_MORE_RATINGS);
    s.history.timestampMillisOfNmrDueToMinStableCrhTime[0] = since;
    s.pflipPredictsCrh[0] = pflipCrh;
    return s;
  }

  @ParameterizedTest(name = "CRH after {0} ms in stabilization, pflip CRH={1}")
  @CsvSource({
    // elapsed,         pflipCrh, released
    "1799999,           true,     false", // 30 min - 1 ms: too early
    "1800000,           true,     true", // exactly 30 min: may leave
    "3600000,           true,     true",
    "3600000,           false,    false", // exactly 60 min: predicted flip still holds it
    "3600001,           false,    true", // past 60 min: released regardless
  })
  void crhNoteInStabilization(long elapsed, boolean pflipCrh, boolean released) {
    long since = NOW - elapsed;
    MetaScoringResult r = note(CURRENTLY_RATED_HELPFUL, since, pflipCrh).run();

    assertThat(r.finalRatingStatus[0])
        .isEqualTo((released ? CURRENTLY_RATED_HELPFUL : NEEDS_MORE_RATINGS).code());
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0])
        .isEqualTo(released ? -1 : since);
    assertThat(r.preStabilizationRatingStatus[0]).isEqualTo(CURRENTLY_RATED_HELPFUL.code());
    assertThat(r.decidedBy[0]).isEqualTo(released ? "CoreModel (v1.1)" : RULE);
  }

  @ParameterizedTest(name = "NYH after {0} ms in stabilization")
  @CsvSource({"1800000, false", "21600000, false", "21600001, true"})
  void nyhNoteStaysNmrAndLeavesAfterSixHours(long elapsed, boolean leaves) {
    long since = NOW - elapsed;
    MetaScoringResult r = note(NEEDS_YOUR_HELP, since, true).run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(NEEDS_MORE_RATINGS.code());
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0])
        .isEqualTo(leaves ? -1 : since);
  }

  @Test
  void firstCrhEntersStabilizationNow() {
    MetaScoringResult r = note(CURRENTLY_RATED_HELPFUL, Nulls.NO_TIME, true).run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(NEEDS_MORE_RATINGS.code());
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(NOW);
    assertThat(r.decidedBy[0]).isEqualTo(RULE);
  }

  @Test
  void afterAPeriodCrhStartsAnotherButNyhDoesNot() {
    MetaScoringResult crh = note(CURRENTLY_RATED_HELPFUL, -1, true).run();
    MetaScoringResult nyh = note(NEEDS_YOUR_HELP, -1, true).run();

    assertThat(crh.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(NOW);
    assertThat(nyh.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(-1);
    assertThat(nyh.finalRatingStatus[0]).isEqualTo(NEEDS_MORE_RATINGS.code());
  }

  @Test
  void noteThatStopsGoingCrhLeavesThePeriod() {
    MetaScoringResult r = note(CURRENTLY_RATED_NOT_HELPFUL, NOW - 10 * MINUTE, true).run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(CURRENTLY_RATED_NOT_HELPFUL.code());
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(-1);
    assertThat(r.metaScorerActiveRules[0]).doesNotContain(RULE);
  }

  @Test
  void nmrNoteOutsideAnyPeriodIsLeftAlone() {
    MetaScoringResult r = note(NEEDS_MORE_RATINGS, -1, true).run();
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(Nulls.NO_TIME);
  }

  @Test
  void noteThatWasCrhLastRunSkipsStabilizationAndNyhKeepsItCrh() {
    MetaScenario s = note(NEEDS_YOUR_HELP, Nulls.NO_TIME, false);
    s.priorStatus(0, CURRENTLY_RATED_HELPFUL);

    MetaScoringResult r = s.run();

    assertThat(r.finalRatingStatus[0]).isEqualTo(CURRENTLY_RATED_HELPFUL.code());
    assertThat(r.decidedBy[0]).isEqualTo(RULE);
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(Nulls.NO_TIME);
  }

  @Test
  void previouslyFlippedOrTopicUnconfidentNotesAreHeldUntilTheMaximum() {
    MetaScenario flipped = note(CURRENTLY_RATED_HELPFUL, NOW - 45 * MINUTE, true);
    flipped.history.firstNonNMRStatus[0] = CURRENTLY_RATED_HELPFUL.code();
    MetaScenario unconfident =
        note(CURRENTLY_RATED_HELPFUL, NOW - 45 * MINUTE, true).topic("Scams", 0, 0.5, 0, false);

    assertThat(flipped.run().finalRatingStatus[0]).isEqualTo(NEEDS_MORE_RATINGS.code());
    assertThat(unconfident.run().finalRatingStatus[0]).isEqualTo(NEEDS_MORE_RATINGS.code());
  }

  @Test
  void disabledRuleLeavesNoStabilizationColumns() {
    MetaScenario s = note(CURRENTLY_RATED_HELPFUL, Nulls.NO_TIME, true);
    MetaScoringResult r =
        new MetaScorer(false).score(s.results(), s.history, s.notes, null, null, NOW);

    assertThat(r.preStabilizationRatingStatus[0]).isEqualTo(Nulls.NO_CODE);
    assertThat(r.updatedTimestampMillisOfNmrDueToMinStableCrhTime[0]).isEqualTo(Nulls.NO_TIME);
  }
}
