package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** read(write(x)) == x, and writing what was read reproduces X's files byte for byte. */
class PublicDataRoundTripTest {
  @TempDir Path tmp;

  @Test
  void tinyRoundTripsColumnByColumn() throws IOException {
    ScoringInput original = PublicDataReader.read(InputPaths.fromDirectory(Parity.data("tiny")));
    PublicDataWriter.write(original, tmp);
    ScoringInput reread = PublicDataReader.read(InputPaths.fromDirectory(tmp));
    TableAssertions.assertSameInput(reread, original);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "notes-00000.tsv",
        "ratings-00000.tsv",
        "noteStatusHistory-00000.tsv",
        "userEnrollment-00000.tsv"
      })
  void tinyFilesAreReproducedExactly(String file) throws IOException {
    Path data = Parity.data("tiny");
    ScoringInput original = PublicDataReader.read(InputPaths.fromDirectory(data));
    PublicDataWriter.write(original, tmp);
    assertThat(Files.readString(tmp.resolve(file))).isEqualTo(Files.readString(data.resolve(file)));
  }

  @Test
  void textWithQuotesTabsAndNewlinesAndRequestsRoundTrip() throws IOException {
    String notes =
        MiniFiles.NOTES_HEADER.replace("\n", "\tsummary\tbelievable\n")
            + "1\tA\t1\t2\tNOT_MISLEADING\t\"He said \"\"no\"\"\tand\nleft\"\tBELIEVABLE_BY_FEW\n"
            + "2\tA\t1\t2\tNOT_MISLEADING\t\"quote\" at start\t\n";
    String ratings =
        "noteId\traterParticipantId\tcreatedAtMillis\thelpfulnessLevel\tsuggestion\tsuggestionId\n"
            + "1\tR\t5\tHELPFUL\tadd \"\"a source\"\"\t9\n"
            + "2\tR\t6\tHELPFUL\t\t\n";
    InputPaths paths = MiniFiles.notesAndRatings(tmp.resolve("in"), notes, ratings);
    Path requests =
        MiniFiles.write(
            tmp.resolve("in"),
            "noteRequests-00000.tsv",
            "tweetId\tsourceLinks\tsuggestions\n"
                + "5\t[\"https://x.com/a/status/1\"]"
                + "\t[{\"suggestion_id\":\"1\",\"suggestion\":\"a\"}]\n");
    ScoringInput original = PublicDataReader.read(paths.withNoteRequests(requests));
    assertThat(original.notes().summary[1]).isEqualTo("quote at start");

    PublicDataWriter.write(original, tmp.resolve("out"));
    ScoringInput reread = PublicDataReader.read(InputPaths.fromDirectory(tmp.resolve("out")));
    TableAssertions.assertSameInput(reread, original);
    assertThat(reread.notes().summary[0]).isEqualTo("He said \"no\"\tand\nleft");
    assertThat(reread.ratings().suggestion.get(0)).isEqualTo("add \"\"a source\"\"");
    assertThat(reread.noteRequests().sourceLinksJson[0])
        .isEqualTo("[\"https://x.com/a/status/1\"]");
  }

  @Test
  void statusHistoryInTheReferenceOutputLayout() throws IOException {
    Path data = Parity.data("tiny");
    ScoringInput in = PublicDataReader.read(InputPaths.fromDirectory(data));
    OutputTable t =
        PublicDataWriter.statusHistoryAsReferenceOutput(in.statusHistory(), in.participants());
    assertThat(t.names()).isEqualTo(OutputColumns.NOTE_STATUS_HISTORY);
    java.io.StringWriter out = new java.io.StringWriter();
    TsvTableWriter.write(t, out, true);
    String[] lines = out.toString().split("\n");
    // the input's first note: current status at 1793487600000, group 14, -1 for no change
    assertThat(lines[1].split("\t", -1))
        .containsSubsequence("1793487600000.0", "NEEDS_MORE_RATINGS")
        .contains("14.0", "-1.0");
    // and reading the float layout back gives the same table
    Path written = tmp.resolve("noteStatusHistory-00000.tsv");
    TsvTableWriter.write(t, written);
    InputPaths paths = InputPaths.fromDirectory(data);
    ScoringInput reread =
        PublicDataReader.read(
            new InputPaths(paths.notes(), paths.ratings(), written, paths.enrollment()));
    TableAssertions.assertSameFields(
        reread.statusHistory(),
        in.statusHistory(),
        org.bridgewatch.scoring.model.StatusHistoryTable.class);
  }
}
