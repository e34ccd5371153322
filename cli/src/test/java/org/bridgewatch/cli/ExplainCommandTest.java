package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private static CliRun explain(String noteId) {
    Path reference = Fixtures.tiny().resolve("reference");
    return CliRun.of("explain", noteId, "--scored", reference.toString());
  }

  @Test
  void helpfulNoteIsExplainedByGeneralCrh() {
    CliRun run = explain("2104087373824455911");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Note 2104087373824455911: CURRENTLY_RATED_HELPFUL")
        .contains("Decided by: CoreModel (v1.1)")
        .contains("decisive rule: GeneralCRH (v1.0)")
        .contains("intercept      +0.6018  >= CRH threshold 0.40 (margin +0.2018)")
        .contains("|factor|        0.0330  <= limit 0.50")
        .contains("it may drop 0.2118 more")
        .contains("helpfulImportantContext, helpfulGoodSources");
  }

  @Test
  void notHelpfulNoteIsExplainedByTheCrnhRules() {
    CliRun run = explain("2104052823029696384");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": CURRENTLY_RATED_NOT_HELPFUL")
        .contains("GeneralCRNH (v1.0) -> UcbCRNH (v1.0)")
        .contains("CRNH line      -0.0620")
        .contains("intercept is at or below it by 0.1739")
        .contains("intercept max  -0.1813  < UCB CRNH threshold -0.04")
        .contains("to leave CRNH the intercept must rise above the CRNH line");
  }

  @Test
  void needsMoreRatingsNoteNamesTheStabilizationRuleAndTheBlocker() {
    CliRun run = explain("2104021833944323815");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": NEEDS_MORE_RATINGS")
        .contains("Decided by: NmrDueToMinStableCrhTime (v1.0)")
        .contains("core model: status NEEDS_YOUR_HELP")
        .contains("decisive rule: MinMinorityRaters (v1.0)")
        .contains("time: it becomes CRH if it still meets the CRH criteria");
  }

  @Test
  void needsMoreRatingsBelowThresholdSaysHowFarToCrh() {
    // Core firm-rejected it: intercept 0.16632015 < 0.30.
    CliRun run = explain("2104149433322841861");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": NEEDS_MORE_RATINGS")
        .contains("core model: status FIRM_REJECT")
        .contains("decisive rule: RejectLowIntercept (v1.0)")
        .contains("needs intercept +0.2337 to reach CRH");
  }

  @Test
  void unknownNoteExitsWithTwo() {
    CliRun run = explain("42");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Note 42 is not in");
  }
}
