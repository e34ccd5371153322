package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one clear message naming file, line, column and value. */
class PublicDataReaderErrorTest {
  @TempDir Path dir;

  @Test
  void unknownHelpfulnessLevelNamesFileLineColumnAndValue() {
    String ratings =
        MiniFiles.RATINGS_HEADER + "1\tR1\t1500\tHELPFUL\n" + "2\tR2\t1600\tVERY_HELPFUL\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            "ratings-00000.tsv line 3, column helpfulnessLevel: unknown value \"VERY_HELPFUL\""
                + " (expected HELPFUL, SOMEWHAT_HELPFUL or NOT_HELPFUL)");
  }

  @Test
  void nonNumericNoteId() {
    String notes =
        MiniFiles.NOTES_HEADER
            + "1\tA\t1000\t50\tNOT_MISLEADING\n"
            + "12x4\tA\t1000\t50\tNOT_MISLEADING\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER)))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("notes-00000.tsv line 3, column noteId: expected an integer, got \"12x4\"");
  }

  @Test
  void emptyRequiredNumber() {
    String ratings = MiniFiles.RATINGS_HEADER + "1\tR1\t\tHELPFUL\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage(
            "ratings-00000.tsv line 2, column createdAtMillis: empty value (expected an integer)");
  }

  @Test
  void truncatedRowNamesTheFirstMissingColumn() {
    String ratings = MiniFiles.RATINGS_HEADER + "1\tR1\t1500\tHELPFUL\n" + "2\tR1\t1600\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage(
            "ratings-00000.tsv line 3, column helpfulnessLevel: missing field (line has 3 fields,"
                + " expected 4)");
  }

  @Test
  void tooManyFields() {
    String ratings = MiniFiles.RATINGS_HEADER + "1\tR1\t1500\tHELPFUL\textra\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage("ratings-00000.tsv line 2: line has 5 fields, expected 4");
  }

  @Test
  void flagOtherThanZeroOrOne() {
    String ratings =
        "noteId\traterParticipantId\tcreatedAtMillis\thelpfulnessLevel\thelpfulClear\n"
            + "1\tR1\t1500\tHELPFUL\t2\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage("ratings-00000.tsv line 2, column helpfulClear: expected 0 or 1, got \"2\"");
  }

  @Test
  void unknownClassification() {
    String notes = MiniFiles.NOTES_HEADER + "1\tA\t1000\t50\tMISLEADING\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER)))
        .hasMessage(
            "notes-00000.tsv line 2, column classification: unknown value \"MISLEADING\" (expected"
                + " MISINFORMED_OR_POTENTIALLY_MISLEADING or NOT_MISLEADING)");
  }

  @Test
  void unknownEnrollmentState() {
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path enrollment =
        MiniFiles.write(
            dir,
            "userEnrollment-00000.tsv",
            MiniFiles.ENROLLMENT_HEADER + "U1\tearnedIn\t5\t100\n" + "U2\tsuperUser\t5\t100\n");
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    new InputPaths(paths.notes(), paths.ratings(), null, enrollment)))
        .hasMessageStartingWith(
            "userEnrollment-00000.tsv line 3, column enrollmentState: unknown value \"superUser\""
                + " (expected earnedIn, atRisk,")
        .hasMessageEndingWith("apiEarnedIn or apiEarnedOut)");
  }

  @Test
  void unknownStatusInHistory() {
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path history =
        MiniFiles.write(
            dir,
            "noteStatusHistory-00000.tsv",
            "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\tcurrentStatus\n"
                + "1\tAUTHOR1\t1000\tRATED_HELPFUL\n");
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    new InputPaths(paths.notes(), paths.ratings(), history, null)))
        .hasMessageStartingWith(
            "noteStatusHistory-00000.tsv line 2, column currentStatus: unknown value"
                + " \"RATED_HELPFUL\" (expected NEEDS_MORE_RATINGS, ");
  }

  @Test
  void duplicateNoteId() {
    String notes =
        MiniFiles.NOTES_HEADER
            + "7\tA\t1000\t50\tNOT_MISLEADING\n"
            + "7\tB\t1000\t50\tNOT_MISLEADING\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER)))
        .hasMessage("notes-00000.tsv line 3, column noteId: duplicate noteId 7");
  }

  @Test
  void missingColumnIsReportedBeforeAnyRowIsParsed() {
    // The ratings file has a bad value on its first row, but the enrollment file lacks a column:
    // the header problem must win, proving no ratings row was parsed.
    String ratings = MiniFiles.RATINGS_HEADER + "1\tR1\t1500\tVERY_HELPFUL\n";
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings);
    Path enrollment =
        MiniFiles.write(
            dir, "userEnrollment-00000.tsv", "participantId\tenrollmentState\nU1\tearnedIn\n");
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    new InputPaths(paths.notes(), paths.ratings(), null, enrollment)))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(
            "userEnrollment-00000.tsv line 1: missing required columns"
                + " successfulRatingNeededToEarnIn, timestampOfLastStateChange")
        .hasMessageNotContaining("VERY_HELPFUL");
  }

  @Test
  void everyHeaderProblemIsListed() {
    String notes = "noteId\tcreatedAtMillis\ttweetId\tclassification\n";
    String ratings = "noteId\tcreatedAtMillis\thelpfulnessLevel\n";
    assertThatThrownBy(() -> PublicDataReader.read(MiniFiles.notesAndRatings(dir, notes, ratings)))
        .hasMessageContaining(
            "notes-00000.tsv line 1: missing required column noteAuthorParticipantId")
        .hasMessageContaining(
            "ratings-00000.tsv line 1: missing required column raterParticipantId");
  }

  @Test
  void emptyFile() {
    assertThatThrownBy(
            () -> PublicDataReader.read(MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, "")))
        .hasMessage(
            "ratings-00000.tsv: file is empty (a ratings file needs at least a header line)");
  }

  @Test
  void missingFile() {
    InputPaths paths =
        new InputPaths(
            dir.resolve("nope.tsv"),
            MiniFiles.write(dir, "r.tsv", MiniFiles.RATINGS_HEADER),
            null,
            null);
    assertThatThrownBy(() -> PublicDataReader.read(paths))
        .hasMessageStartingWith("notes: no such file or directory: ");
  }

  @Test
  void corruptGzip() throws IOException {
    byte[] notGzipBody = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3};
    Path notes = dir.resolve("notes-00000.tsv.gz");
    Files.write(notes, notGzipBody);
    InputPaths paths =
        new InputPaths(notes, MiniFiles.write(dir, "r.tsv", MiniFiles.RATINGS_HEADER), null, null);
    assertThatThrownBy(() -> PublicDataReader.read(paths))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("notes-00000.tsv.gz: ");
  }

  @Test
  void headerOnlyFilesGiveEmptyTables() {
    var input =
        PublicDataReader.read(
            MiniFiles.notesAndRatings(dir, MiniFiles.NOTES_HEADER, MiniFiles.RATINGS_HEADER));
    assertThat(input.notes().size).isZero();
    assertThat(input.ratings().size).isZero();
    assertThat(input.statusHistory().size).isZero();
    assertThat(input.enrollment().size).isZero();
    assertThat(input.noteRequests()).isNull();
  }

  @Test
  void integerOverflowIsOutOfRange() {
    String notes = MiniFiles.NOTES_HEADER + "9223372036854775808\tA\t1\t2\tNOT_MISLEADING\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER)))
        .hasMessage(
            "notes-00000.tsv line 2, column noteId: integer out of range: \"9223372036854775808\"");
  }

  @Test
  void largestLongIsAccepted() {
    String notes = MiniFiles.NOTES_HEADER + "9223372036854775807\tA\t1\t2\tNOT_MISLEADING\n";
    var in =
        PublicDataReader.read(MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER));
    assertThat(in.notes().noteId).containsExactly(Long.MAX_VALUE);
  }

  @Test
  void idColumnsRejectFloatsButHistoryTimestampsAcceptWholeOnes() {
    String ratings = MiniFiles.RATINGS_HEADER + "1\tR1\t1500.0\tHELPFUL\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage(
            "ratings-00000.tsv line 2, column createdAtMillis: expected an integer, got \"1500.0\"");
    InputPaths base =
        MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path history =
        MiniFiles.write(
            dir,
            "noteStatusHistory-00000.tsv",
            "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\ttimestampMillisOfStatusLock\n"
                + "1\tA\t1\t1790000000000.5\n");
    assertThatThrownBy(
            () -> PublicDataReader.read(new InputPaths(base.notes(), base.ratings(), history, null)))
        .hasMessage(
            "noteStatusHistory-00000.tsv line 2, column timestampMillisOfStatusLock: expected a"
                + " whole number, got \"1790000000000.5\"");
  }

  @Test
  void versionOutsideItsTwoBits() {
    String ratings =
        "noteId\traterParticipantId\tcreatedAtMillis\tversion\thelpfulnessLevel\n"
            + "1\tR1\t1\t3\tHELPFUL\n"
            + "1\tR1\t1\t4\tHELPFUL\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage("ratings-00000.tsv line 3, column version: expected 1 or 2, got 4");
  }

  @Test
  void emptyParticipantId() {
    String ratings = MiniFiles.RATINGS_HEADER + "1\t\t1\tHELPFUL\n";
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings)))
        .hasMessage(
            "ratings-00000.tsv line 2, column raterParticipantId: empty value (expected a"
                + " participant id)");
  }

  @Test
  void headerlessFileWiderThanTheKnownOrder() {
    String enrollment = "U1\tearnedIn\t5\t100\t1\tCORE\t3\t0\textra\n";
    InputPaths base =
        MiniFiles.notesAndRatings(
            dir, "1\tA\t1\t2\tNOT_MISLEADING\n", "1\tR1\t1500\t2\t0\t0\t0\t0\tHELPFUL\n");
    Path file = MiniFiles.write(dir, "userEnrollment-00000.tsv", enrollment);
    assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    new InputPaths(base.notes(), base.ratings(), null, file)
                        .withHeaders(HeaderMode.ABSENT)))
        .hasMessage(
            "userEnrollment-00000.tsv line 1: headerless userEnrollment file has 9 fields, but the"
                + " known column order has only 8");
  }
}
