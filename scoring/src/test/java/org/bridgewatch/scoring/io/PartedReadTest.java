package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the ratings in parts gives what one pass with FastCSV gives: the same rows, the same
 * participant indexes, the same first error with its whole-file line number, whatever the number
 * of threads and wherever the cuts fall.
 */
class PartedReadTest {
  @TempDir Path dir;

  private static final int[] THREADS = {1, 2, 3, 4, 7, 16};

  /** Each data line as the sink saw it, or only the error that ended the read. */
  private static List<String> streamed(TableSource source) {
    List<String> seen = new ArrayList<>();
    try {
      source.forEachRow(row -> seen.add(describe(row)), ProgressListener.NONE);
    } catch (DataFormatException e) {
      return List.of("error: " + e.getMessage());
    }
    return seen;
  }

  private static List<String> parted(TableSource source, int threads) {
    List<String> seen = new ArrayList<>();
    try {
      source.forEachPart(
          () -> new Recorder(new ArrayList<>()),
          part -> seen.addAll(part.seen()),
          threads,
          ProgressListener.NONE);
    } catch (DataFormatException e) {
      return List.of("error: " + e.getMessage());
    }
    return seen;
  }

  private record Recorder(List<String> seen) implements TableSource.RowSink {
    @Override
    public void accept(TsvRow row) {
      seen.add(describe(row));
    }
  }

  /** Fields, plus a parsed createdAtMillis so that bad numbers fail with their line number. */
  private static String describe(TsvRow row) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.fieldCount(); i++) {
      sb.append('[').append(row.field(i)).append(']');
    }
    return sb.append(' ').append(row.requiredLong(RatingsFormat.CREATED_AT)).toString();
  }

  private TableSource source(String name, String content) {
    Path file = MiniFiles.write(dir, name, content);
    List<String> problems = new ArrayList<>();
    TableSource source =
        TableSource.prepare(RatingsFormat.SCHEMA, file, HeaderMode.PRESENT, problems);
    assertThat(problems).isEmpty();
    return source;
  }

  @Test
  void partsMatchOnePassOverAwkwardFiles() {
    Random random = new Random(20_251_123);
    // Inside quotes anything goes; outside them a quote is just a character.
    String[] quotedPieces = {"a", "\"\"", "\t", "\n", "\r", "\r\n", "é", "x y"};
    String[] plainPieces = {"a", "b", "\"", "é", "x y", "7"};
    String[] ends = {"\n", "\r\n", "\r"};
    int errors = 0;
    for (int file = 0; file < 300; file++) {
      StringBuilder sb = new StringBuilder(MiniFiles.RATINGS_HEADER);
      int lines = 1 + random.nextInt(40);
      for (int line = 0; line < lines; line++) {
        if (random.nextInt(10) == 0) {
          sb.append(ends[random.nextInt(ends.length)]); // an empty line
        }
        sb.append(random.nextInt(1000)).append('\t');
        boolean quoted = random.nextInt(3) == 0;
        String[] pieces = quoted ? quotedPieces : plainPieces;
        StringBuilder rater = new StringBuilder("R");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          rater.append(pieces[random.nextInt(pieces.length)]);
        }
        if (random.nextInt(100) == 0) {
          rater.append(quoted ? "\"" : "\t"); // the line gets the wrong field count
        }
        sb.append(quoted ? "\"" + rater + "\"" : rater.toString());
        sb.append('\t').append(random.nextInt(80) == 0 ? "12x" : "1500").append("\tHELPFUL");
        if (line < lines - 1 || random.nextBoolean()) {
          sb.append(ends[random.nextInt(ends.length)]);
        }
      }
      TableSource source = source("ratings-" + file + ".tsv", sb.toString());
      List<String> expected = streamed(source);
      if (expected.size() == 1 && expected.get(0).startsWith("error")) {
        errors++;
      }
      for (int threads : THREADS) {
        assertThat(parted(source, threads))
            .as("file %d with %d threads:%n%s", file, threads, sb)
            .isEqualTo(expected);
      }
    }
    assertThat(errors).as("files that end in an error").isBetween(20, 280);
  }

  @Test
  void errorInALaterPartNamesItsLineInTheWholeFile() {
    StringBuilder ratings = new StringBuilder(MiniFiles.RATINGS_HEADER);
    for (int line = 2; line <= 5000; line++) {
      String created = line == 4321 ? "43x21" : line == 4400 ? "44x00" : Integer.toString(line);
      ratings.append(line % 2 + 1).append("\tR").append(line % 97).append('\t');
      ratings.append(created).append(line % 3 == 0 ? "\tHELPFUL\r\n" : "\tNOT_HELPFUL\n");
    }
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings.toString());
    for (int threads : THREADS) {
      assertThatThrownBy(() -> PublicDataReader.read(paths, ProgressListener.NONE, threads))
          .as("%d threads", threads)
          .isInstanceOf(DataFormatException.class)
          .hasMessage(
              "ratings-00000.tsv line 4321, column createdAtMillis: expected an integer, got"
                  + " \"43x21\"");
    }
  }

  @Test
  void quotedFieldAcrossEveryCutIsReadWhole() {
    // One suggestion spans most of the file, so most cuts fall inside it.
    StringBuilder ratings =
        new StringBuilder(
            "noteId\traterParticipantId\tcreatedAtMillis\thelpfulnessLevel\tsuggestion\n");
    ratings.append("1\tR1\t1\tHELPFUL\tshort\n");
    ratings.append("1\tR2\t2\tHELPFUL\t\"");
    for (int i = 0; i < 300; i++) {
      ratings.append("line ").append(i).append(i % 5 == 0 ? "\t\"\"quoted\"\"\r\n" : "\n");
    }
    ratings.append("end\"\n");
    ratings.append("2\tR3\t3\tNOT_HELPFUL\t\n");
    ratings.append("2\tR1\t4x\tNOT_HELPFUL\t\n");
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings.toString());
    for (int threads : THREADS) {
      // 300 line ends inside the quotes (CRLF counts once) put the bad line at 305.
      assertThatThrownBy(() -> PublicDataReader.read(paths, ProgressListener.NONE, threads))
          .as("%d threads", threads)
          .hasMessage(
              "ratings-00000.tsv line 305, column createdAtMillis: expected an integer, got"
                  + " \"4x\"");
    }
    String good = ratings.substring(0, ratings.lastIndexOf("2\tR1\t4x"));
    InputPaths goodPaths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, good);
    ScoringInput one = PublicDataReader.read(goodPaths, ProgressListener.NONE, 1);
    assertThat(one.ratings().size).isEqualTo(3);
    assertThat(one.ratings().suggestion.get(1))
        .startsWith("line 0\t\"quoted\"\r\nline 1\nline 2\n")
        .endsWith("line 299\nend");
    for (int threads : THREADS) {
      TableAssertions.assertSameInput(
          PublicDataReader.read(goodPaths, ProgressListener.NONE, threads), one);
    }
  }

  @Test
  void tinyFilesWithManyThreads() {
    String[] files = {
      MiniFiles.RATINGS_HEADER,
      MiniFiles.RATINGS_HEADER + "1\tR1\t1\tHELPFUL",
      MiniFiles.RATINGS_HEADER + "1\tR1\t1\tHELPFUL\n",
      MiniFiles.RATINGS_HEADER.replace("\n", "\r\n") + "1\tR1\t1\tHELPFUL\r\n2\tR2\t2\tHELPFUL",
      MiniFiles.RATINGS_HEADER + "\n\n1\tR1\t1\tHELPFUL\n\n2\tR1\t2\tHELPFUL\n\n",
      MiniFiles.RATINGS_HEADER + "1\t\"R\n1\"\t1\tHELPFUL\n2\tR2\t2\tNOT_HELPFUL\r",
    };
    int[] sizes = {0, 1, 1, 2, 2, 2};
    for (int f = 0; f < files.length; f++) {
      InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, files[f]);
      ScoringInput one = PublicDataReader.read(paths, ProgressListener.NONE, 1);
      assertThat(one.ratings().size).as("file %d", f).isEqualTo(sizes[f]);
      for (int threads : THREADS) {
        TableAssertions.assertSameInput(
            PublicDataReader.read(paths, ProgressListener.NONE, threads), one);
      }
    }
  }

  @Test
  void oneAndFourThreadsGiveTheSameColumnsAndParticipants() {
    // Raters are seen first in different parts in an order that differs from their names'.
    StringBuilder ratings =
        new StringBuilder(
            "noteId\traterParticipantId\tcreatedAtMillis\tversion\thelpful\thelpfulnessLevel"
                + "\thelpfulClear\tratedOnTweetId\tratingSourceBucketed\tsuggestion"
                + "\tsuggestionId\n");
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      ratings
          .append(1 + random.nextInt(3))
          .append("\tRATER")
          .append(random.nextInt(i / 10 + 2))
          .append('\t')
          .append(1_700_000_000_000L + i)
          .append('\t')
          .append(1 + random.nextInt(2))
          .append('\t')
          .append(random.nextInt(2))
          .append('\t')
          .append(random.nextInt(7) == 0 ? "" : "SOMEWHAT_HELPFUL")
          .append('\t')
          .append(random.nextInt(2))
          .append('\t')
          .append(random.nextInt(5) == 0 ? "" : Long.toString(random.nextLong() >>> 1))
          .append('\t')
          .append(random.nextBoolean() ? "DEFAULT" : "POPULATION_SAMPLED")
          .append('\t')
          .append(random.nextInt(100) == 0 ? "\"fix\tthis\"" : "")
          .append('\t')
          .append(random.nextInt(100) == 0 ? Integer.toString(i) : "")
          .append('\n');
    }
    InputPaths paths = MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings.toString());
    ScoringInput one = PublicDataReader.read(paths, ProgressListener.NONE, 1);
    ScoringInput four = PublicDataReader.read(paths, ProgressListener.NONE, 4);
    assertThat(one.ratings().size).isGreaterThan(15_000);
    assertThat(one.ratings().suggestion).isNotEmpty();
    TableAssertions.assertSameInput(four, one);
    // And both match the FastCSV streaming parse, row for row.
    TableSource source =
        TableSource.prepare(
            RatingsFormat.SCHEMA, paths.ratings(), HeaderMode.PRESENT, new ArrayList<>());
    List<String> fastCsv = streamed(source);
    assertThat(parted(source, 4)).isEqualTo(fastCsv);
  }

  @Test
  void aSkippedRatingDoesNotNumberItsRater() {
    String ratings =
        MiniFiles.RATINGS_HEADER + "1\tR9\t1\t\n" + "1\tR1\t2\tHELPFUL\n" + "2\tR9\t3\tHELPFUL\n";
    for (int threads : THREADS) {
      ScoringInput in =
          PublicDataReader.read(
              MiniFiles.notesAndRatings(dir, MiniFiles.TWO_NOTES, ratings),
              ProgressListener.NONE,
              threads);
      // AUTHOR1 and AUTHOR2 come from the notes, then the raters of kept ratings in file order.
      assertThat(in.participants().id(2)).isEqualTo("R1");
      assertThat(in.participants().id(3)).isEqualTo("R9");
      assertThat(in.ratings().rater).containsExactly(2, 3);
    }
  }
}
