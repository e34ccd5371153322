package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.ModelingPopulation;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicDataReaderTest {
  @TempDir Path dir;

  @Test
  void readsRequiredColumnsAndDefaultsTheRest() {
    ScoringInput in =
        PublicDataReader.read(
            MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS));
    assertThat(in.notes().noteId).containsExactly(1, 2);
    assertThat(in.notes().classification)
        .containsExactly(
            Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code(),
            Classification.NOT_MISLEADING.code());
    assertThat(in.notes().summary).containsExactly("", "");
    assertThat(in.notes().isMediaNote).containsExactly(false, false);
    assertThat(in.notes().misleadingReasons).containsExactly(0, 0);
    assertThat(in.notes().believable).containsExactly(null, null);

    // one participant index, first-seen order: authors, then raters
    assertThat(in.participants().size()).isEqualTo(4);
    assertThat(in.participants().id(2)).isEqualTo("RATER1");
    assertThat(in.ratings().rater).containsExactly(2, 2, 3);

    // the rating of note 99 (not in notes) is kept with note index -1
    assertThat(in.ratings().note).containsExactly(0, 1, -1);
    assertThat(java.util.stream.IntStream.range(0, in.ratings().size)
        .mapToLong(in.ratings()::noteId).toArray()).containsExactly(1, 2, 99);
    assertThat(in.ratings().level)
        .containsExactly(
            HelpfulnessLevel.HELPFUL.code(),
            HelpfulnessLevel.SOMEWHAT_HELPFUL.code(),
            HelpfulnessLevel.NOT_HELPFUL.code());
    assertThat(in.ratings().source).containsOnly(RatingSource.DEFAULT.code());
    assertThat(java.util.stream.IntStream.range(0, in.ratings().size)
        .mapToLong(in.ratings()::ratedOnTweetId).toArray()).containsOnly(-1L);
    assertThat(in.ratings().tags).containsOnly(0);
    assertThat(in.ratings().suggestion).isEmpty();
  }

  @Test
  void levelFallsBackToDeprecatedHelpfulColumnsAndRowsWithoutAnyAreSkipped() {
    String ratings =
        "noteId\traterParticipantId\tcreatedAtMillis\tversion\thelpful\tnotHelpful"
            + "\thelpfulnessLevel\n"
            + "1\tR1\t1\t1\t1\t0\t\n"
            + "1\tR2\t2\t1\t0\t1\t\n"
            + "1\tR3\t3\t1\t0\t0\t\n"
            + "1\tR4\t4\t2\t1\t0\tNOT_HELPFUL\n";
    List<String> warnings = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        };
    ScoringInput in =
        PublicDataReader.read(
            MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings), listener);
    assertThat(in.ratings().size).isEqualTo(3);
    assertThat(in.ratings().level)
        .containsExactly(
            HelpfulnessLevel.HELPFUL.code(),
            HelpfulnessLevel.NOT_HELPFUL.code(),
            HelpfulnessLevel.NOT_HELPFUL.code());
    assertThat(in.ratings().version(0)).isEqualTo(1);
    assertThat(in.ratings().helpfulFlag(0)).isTrue();
    assertThat(in.ratings().notHelpfulFlag(1)).isTrue();
    assertThat(in.ratings().version(2)).isEqualTo(2);
    assertThat(warnings).singleElement().asString().startsWith("1 ratings had no helpfulnessLevel");
  }

  @Test
  void acceptsDocumentedAndDeprecatedColumnNames() {
    String notes =
        "noteId\tparticipantId\tcreatedAtMillis\ttweetId\tclassification\tmisleadingSatire\n"
            + "1\tA\t1\t2\tNOT_MISLEADING\t1\n";
    String ratings =
        "noteId\tparticipantId\tcreatedAtMillis\thelpfulnessLevel"
            + "\tnotHelpfulArgumentativeOrInflammatory\tNotHelpfulOpinionSpeculationOrBias"
            + "\tratingSourceBucketed\tsuggestion\tsuggestionId\n"
            + "1\tR\t5\tNOT_HELPFUL\t1\t1\tPOPULATION_SAMPLED\tsay it shorter\t42\n";
    ScoringInput in = PublicDataReader.read(MiniFiles.notesAndRatings(dir, notes, ratings));
    assertThat(in.participants().id(in.notes().author[0])).isEqualTo("A");
    assertThat(in.notes().misleadingReasons[0]).isEqualTo((byte) (1 << 6));
    assertThat(in.ratings().hasTag(0, RatingTag.NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED)).isTrue();
    assertThat(in.ratings().hasTag(0, RatingTag.NOT_HELPFUL_OPINION_SPECULATION_OR_BIAS)).isTrue();
    assertThat(in.ratings().hasTag(0, RatingTag.NOT_HELPFUL_OTHER)).isFalse();
    assertThat(in.ratings().source[0]).isEqualTo(RatingSource.POPULATION_SAMPLED.code());
    assertThat(in.ratings().suggestion.get(0)).isEqualTo("say it shorter");
    assertThat(in.ratings().suggestionId.get(0)).isEqualTo(42L);
  }

  @Test
  void quotesFollowPandas() {
    String notes =
        MiniFiles.NOTES_HEADER.replace("\n", "\tsummary\n")
            + "1\tA\t1\t2\tNOT_MISLEADING\tHe said \"no\" twice\n"
            + "2\tA\t1\t2\tNOT_MISLEADING\t\"tab\there, \"\"quoted\"\"\"\n"
            + "3\tA\t1\t2\tNOT_MISLEADING\t\"multi\nline\"\n"
            + "4\tA\t1\t2\tNOT_MISLEADING\tlast\n";
    ScoringInput in =
        PublicDataReader.read(MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER));
    assertThat(in.notes().summary)
        .containsExactly("He said \"no\" twice", "tab\there, \"quoted\"", "multi\nline", "last");
  }

  @Test
  void lineNumbersCountPhysicalLinesAfterAMultiLineField() {
    String notes =
        MiniFiles.NOTES_HEADER.replace("\n", "\tsummary\n")
            + "1\tA\t1\t2\tNOT_MISLEADING\t\"multi\nline\"\n"
            + "x\tA\t1\t2\tNOT_MISLEADING\tlast\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PublicDataReader.read(
                    MiniFiles.notesAndRatings(dir, notes, MiniFiles.RATINGS_HEADER)))
        .hasMessageStartingWith("notes-00000.tsv line 4, column noteId:");
  }

  @Test
  void statusHistoryAcceptsIntegersFloatsAndEmpties() {
    InputPaths base = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path history =
        MiniFiles.write(
            dir,
            "noteStatusHistory-00000.tsv",
            "noteId\tnoteAuthorParticipantId\tcreatedAtMillis\ttimestampMillisOfCurrentStatus"
                + "\tcurrentStatus\tcurrentModelingGroup\ttimestampMillisOfMostRecentStatusChange"
                + "\tcurrentDecidedBy\n"
                + "1\tAUTHOR1\t1000\t1793494800000.0\tCURRENTLY_RATED_HELPFUL\t14.0\t-1\tCoreModel"
                + " (v1.1)\n"
                + "5\tGONE\t900\t\t\t\t1790568923189\t\n");
    ScoringInput in =
        PublicDataReader.read(new InputPaths(base.notes(), base.ratings(), history, null));
    var h = in.statusHistory();
    assertThat(h.note).containsExactly(0, -1);
    assertThat(h.timestampMillisOfCurrentStatus).containsExactly(1793494800000L, Nulls.NO_TIME);
    assertThat(h.currentStatus)
        .containsExactly(NoteStatus.CURRENTLY_RATED_HELPFUL.code(), Nulls.NO_CODE);
    assertThat(h.currentModelingGroup).containsExactly(14, Nulls.NO_INT);
    assertThat(h.timestampMillisOfMostRecentStatusChange).containsExactly(-1L, 1790568923189L);
    assertThat(h.currentDecidedBy).containsExactly("CoreModel (v1.1)", null);
    assertThat(h.abovePcrhThresholdTime).containsOnly(Nulls.NO_TIME);
    assertThat(in.participants().id(h.author[1])).isEqualTo("GONE");
  }

  @Test
  void enrollmentDefaultsForOlderFiles() {
    InputPaths base = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path enrollment =
        MiniFiles.write(
            dir,
            "userEnrollment-00000.tsv",
            MiniFiles.ENROLLMENT_HEADER + "RATER1\tnewUser\t5\t100\n");
    ScoringInput in =
        PublicDataReader.read(new InputPaths(base.notes(), base.ratings(), null, enrollment));
    var e = in.enrollment();
    assertThat(e.participant).containsExactly(in.participants().indexOf("RATER1"));
    assertThat(e.modelingPopulation).containsExactly(ModelingPopulation.CORE.code());
    assertThat(e.modelingGroup).containsExactly(Nulls.NO_INT);
    assertThat(e.timestampOfLastEarnOut).containsExactly(Nulls.NO_TIME);
    assertThat(e.numberOfTimesEarnedOut).containsExactly(0);
  }

  @Test
  void noteRequestsKeepJsonTextAndNeverIsMinusOne() {
    InputPaths base = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS);
    Path requests =
        MiniFiles.write(
            dir,
            "noteRequests-00000.tsv",
            "tweetId\tsourceLinks\tnoteRequestFeedEligibleTimestamp\n"
                + "77\t[\"https://x.com/a/status/1\"]\t1700000000000\n"
                + "78\t[]\t-1\n");
    ScoringInput in = PublicDataReader.read(base.withNoteRequests(requests));
    var q = in.noteRequests();
    assertThat(q.tweetId).containsExactly(77, 78);
    assertThat(q.sourceLinksJson).containsExactly("[\"https://x.com/a/status/1\"]", "[]");
    assertThat(q.suggestionsJson).containsExactly("", "");
    assertThat(q.noteRequestFeedEligibleTimestamp).containsExactly(1700000000000L, -1L);
    assertThat(q.apiXlFeedEligibleTimestamp).containsExactly(-1L, -1L);
  }

  @Test
  void headerlessFilesUseTheReferenceOrder() {
    String notes = MiniFiles.TWO_NOTES.substring(MiniFiles.NOTES_HEADER.length());
    String ratings = "1\tR1\t1500\t2\t0\t0\t0\t0\tHELPFUL\n";
    InputPaths paths = MiniFiles.notesAndRatings(dir, notes, ratings);
    ScoringInput absent = PublicDataReader.read(paths.withHeaders(HeaderMode.ABSENT));
    ScoringInput auto = PublicDataReader.read(paths.withHeaders(HeaderMode.AUTO));
    for (ScoringInput in : List.of(absent, auto)) {
      assertThat(in.notes().noteId).containsExactly(1, 2);
      assertThat(in.ratings().level).containsExactly(HelpfulnessLevel.HELPFUL.code());
      assertThat(in.ratings().version(0)).isEqualTo(2);
    }
  }

  @Test
  void autoDetectsHeaders() {
    ScoringInput in =
        PublicDataReader.read(
            MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS)
                .withHeaders(HeaderMode.AUTO));
    assertThat(in.notes().size).isEqualTo(2);
    assertThat(in.ratings().size).isEqualTo(3);
  }

  @Test
  void headerlessFileTooShortForRequiredColumns() {
    InputPaths paths =
        MiniFiles.notesAndRatings(dir, "1\tA\t1000\n", "1\tR1\t1500\t2\t0\t0\t0\t0\tHELPFUL\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PublicDataReader.read(paths.withHeaders(HeaderMode.ABSENT)))
        .hasMessage(
            "notes-00000.tsv line 1: headerless file has only 3 fields; missing required columns"
                + " tweetId, classification");
  }

  @Test
  void reportsProgressPerFile() {
    List<String> events = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void fileStarted(String table, Path file, long totalBytes) {
            events.add("start " + table + " " + file.getFileName() + " " + totalBytes);
          }

          @Override
          public void bytesRead(Path file, long bytesDone, long totalBytes) {
            events.add("bytes " + file.getFileName() + " " + bytesDone + "/" + totalBytes);
          }

          @Override
          public void fileFinished(Path file, long rows) {
            events.add("done " + file.getFileName() + " " + rows);
          }
        };
    PublicDataReader.read(
        MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, MiniFiles.THREE_RATINGS), listener);
    int notesBytes = MiniFiles.TWO_NOTES.length();
    int ratingsBytes = MiniFiles.THREE_RATINGS.length();
    assertThat(events)
        .containsExactly(
            "start notes notes-00000.tsv " + notesBytes,
            "bytes notes-00000.tsv " + notesBytes + "/" + notesBytes,
            "done notes-00000.tsv 2",
            "start ratings ratings-00000.tsv " + ratingsBytes,
            "bytes ratings-00000.tsv " + ratingsBytes + "/" + ratingsBytes,
            "done ratings-00000.tsv 3");
  }
}
