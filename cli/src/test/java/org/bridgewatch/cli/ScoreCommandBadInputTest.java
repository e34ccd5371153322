package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input to {@code score} ends with a one-line error naming the file, line, column and value,
 * exit code 2, no stack trace, and no output files.
 */
class ScoreCommandBadInputTest {
  private static final String NOTES_HEADER =
      "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\ttweetId\tclassification\tbelievable"
          + "\tharmful\tvalidationDifficulty\tmisleadingOther\tmisleadingFactualError"
          + "\tmisleadingManipulatedMedia\tmisleadingOutdatedInformation"
          + "\tmisleadingMissingImportantContext\tmisleadingUnverifiedClaimAsFact\tmisleadingSatire"
          + "\tnotMisleadingOther\tnotMisleadingFactuallyCorrect"
          + "\tnotMisleadingOutdatedButNotWhenWritten\tnotMisleadingClearlySatire"
          + "\tnotMisleadingPersonalOpinion\ttrustworthySources\tsummary\tisMediaNote"
          + "\tisCollaborativeNote";
  private static final String RATINGS_HEADER =
      "noteId\traterParticipantId\tcreatedAtMillis\tversion\tagree\tdisagree\thelpful"
          + "\tnotHelpful\thelpfulnessLevel\thelpfulOther\thelpfulInformative\thelpfulClear"
          + "\thelpfulEmpathetic\thelpfulGoodSources\thelpfulUniqueContext\thelpfulAddressesClaim"
          + "\thelpfulImportantContext\thelpfulUnbiasedLanguage\tnotHelpfulOther"
          + "\tnotHelpfulIncorrect\tnotHelpfulSourcesMissingOrUnreliable"
          + "\tnotHelpfulOpinionSpeculationOrBias\tnotHelpfulMissingKeyPoints\tnotHelpfulOutdated"
          + "\tnotHelpfulHardToUnderstand\tnotHelpfulArgumentativeOrBiased\tnotHelpfulOffTopic"
          + "\tnotHelpfulSpamHarassmentOrAbuse\tnotHelpfulIrrelevantSources"
          + "\tnotHelpfulOpinionSpeculation\tnotHelpfulNoteNotNeeded\tratedOnTweetId"
          + "\tratingSourceBucketed\tsuggestion\tsuggestionId";
  private static final String NOTE_ROW =
      "101\tAUTHOR\t1790000000000\t5\tMISINFORMED_OR_POTENTIALLY_MISLEADING\t\t\t\t0\t1\t0\t0"
          + "\t0\t0\t0\t0\t0\t0\t0\t0\t1\tSee https://example.org\t0\t0";

  @TempDir Path dir;

  @BeforeEach
  void writeValidFiles() throws IOException {
    Files.writeString(dir.resolve("notes.tsv"), NOTES_HEADER + "\n" + NOTE_ROW + "\n");
    Files.writeString(dir.resolve("ratings.tsv"), RATINGS_HEADER + "\n" + rating("HELPFUL"));
    Files.writeString(
        dir.resolve("status.tsv"),
        "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\ttimestampMillisOfFirstNonNMRStatus"
            + "\tfirstNonNMRStatus\ttimestampMillisOfCurrentStatus\tcurrentStatus"
            + "\ttimestampMillisOfLatestNonNMRStatus\tmostRecentNonNMRStatus"
            + "\ttimestampMillisOfStatusLock\tlockedStatus\ttimestampMillisOfRetroLock"
            + "\tcurrentCoreStatus\tcurrentExpansionStatus\tcurrentGroupStatus\tcurrentDecidedBy"
            + "\tcurrentModelingGroup\ttimestampMillisOfMostRecentStatusChange"
            + "\ttimestampMillisOfNmrDueToMinStableCrhTime\tcurrentMultiGroupStatus"
            + "\tcurrentModelingMultiGroup\ttimestampMinuteOfFinalScoringOutput"
            + "\ttimestampMillisOfFirstNmrDueToMinStableCrhTime\tabovePcrhThresholdTime\n");
    Files.writeString(
        dir.resolve("enrollment.tsv"),
        "participantId\tenrollmentState\tsuccessfulRatingNeededToEarnIn"
            + "\ttimestampOfLastStateChange\ttimestampOfLastEarnOut\tmodelingPopulation"
            + "\tmodelingGroup\tnumberOfTimesEarnedOut\n");
  }

  private static String rating(String level) {
    return "101\tRATER\t1790000001000\t2\t0\t0\t0\t0\t"
        + level
        + "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t5\tDEFAULT\t\t\n";
  }

  @Test
  void unknownHelpfulnessLevelNamesFileLineColumnAndValue() throws IOException {
    Files.writeString(dir.resolve("ratings.tsv"), RATINGS_HEADER + "\n" + rating("VERY_HELPFUL"));
    Run run = score();
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .contains("ratings.tsv line 2, column helpfulnessLevel")
        .contains("VERY_HELPFUL")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void nonNumericNoteIdIsReported() throws IOException {
    Files.writeString(
        dir.resolve("notes.tsv"), NOTES_HEADER + "\n" + NOTE_ROW.replace("101\t", "1o1\t") + "\n");
    Run run = score();
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("notes.tsv line 2, column noteId").contains("1o1");
  }

  @Test
  void missingColumnIsReportedBeforeAnyRowIsRead() throws IOException {
    Files.writeString(
        dir.resolve("ratings.tsv"),
        RATINGS_HEADER.replace("\thelpfulnessLevel", "") + "\n" + rating("VERY_HELPFUL"));
    Run run = score();
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("ratings.tsv").contains("helpfulnessLevel");
    assertThat(run.err).doesNotContain("VERY_HELPFUL");
  }

  @Test
  void truncatedRowAndEmptyFileAreClearErrors() throws IOException {
    Files.writeString(dir.resolve("notes.tsv"), NOTES_HEADER + "\n101\tAUTHOR\t17900\n");
    Run truncated = score();
    assertThat(truncated.exit).isEqualTo(2);
    assertThat(truncated.err).contains("notes.tsv line 2");

    Files.writeString(dir.resolve("notes.tsv"), "");
    Run empty = score();
    assertThat(empty.exit).isEqualTo(2);
    assertThat(empty.err).contains("notes.tsv").containsIgnoringCase("empty");
  }

  private Run score() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "score",
            "--notes", dir.resolve("notes.tsv").toString(),
            "--ratings", dir.resolve("ratings.tsv").toString(),
            "--status", dir.resolve("status.tsv").toString(),
            "--enrollment", dir.resolve("enrollment.tsv").toString(),
            "--outdir", dir.resolve("out").toString(),
            "--epoch-millis", "1790000100000");
    return new Run(exit, err.toString());
  }

  private record Run(int exit, String err) {}
}
