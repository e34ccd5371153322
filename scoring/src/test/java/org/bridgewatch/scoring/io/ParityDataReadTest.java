package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the parity datasets as they are, gzip'd, and split into shards. */
class ParityDataReadTest {
  @TempDir Path tmp;

  private static InputPaths inputs(Path data) {
    return new InputPaths(
        data.resolve("notes-00000.tsv"),
        data.resolve("ratings-00000.tsv"),
        data.resolve("noteStatusHistory-00000.tsv"),
        data.resolve("userEnrollment-00000.tsv"));
  }

  @Test
  void tinyHasTheGeneratedCounts() {
    ScoringInput in = PublicDataReader.read(inputs(Parity.data("tiny")));
    assertThat(in.notes().size).isEqualTo(1000);
    assertThat(in.ratings().size).isEqualTo(25427);
    assertThat(in.statusHistory().size).isEqualTo(1000);
    assertThat(in.enrollment().size).isEqualTo(802);
    assertThat(in.participants().size()).isBetween(800, 802);
    long helpful = 0;
    for (byte level : in.ratings().level) {
      if (level == HelpfulnessLevel.HELPFUL.code()) {
        helpful++;
      }
    }
    assertThat(helpful).isEqualTo(10500); // meta.json counts.levels.HELPFUL
    assertThat(in.noteRequests()).isNull();
  }

  @Test
  void smallHasTheGeneratedCounts() throws IOException {
    Path data = Parity.data("small");
    ScoringInput in = PublicDataReader.read(InputPaths.fromDirectory(data));
    assertThat(in.notes().size).isEqualTo(5000);
    assertThat(in.ratings().size).isEqualTo(lines(data.resolve("ratings-00000.tsv")) - 1);
    assertThat(in.statusHistory().size).isEqualTo(5000);
    assertThat(in.enrollment().size).isEqualTo(lines(data.resolve("userEnrollment-00000.tsv")) - 1);
  }

  @Test
  void gzipAndShardDirectoriesReadLikeTheSingleFile() throws IOException {
    Path data = Parity.data("tiny");
    ScoringInput plain = PublicDataReader.read(inputs(data));

    // ratings: three shards, each with its own header, the middle one gzip'd
    List<String> lines = Files.readAllLines(data.resolve("ratings-00000.tsv"));
    String header = lines.get(0);
    Path shards = tmp.resolve("ratings");
    int third = (lines.size() - 1) / 3;
    MiniFiles.write(shards, "ratings-00000.tsv", shard(header, lines.subList(1, 1 + third)));
    MiniFiles.gzip(
        shards,
        "ratings-00001.tsv.gz",
        shard(header, lines.subList(1 + third, 1 + 2 * third)).getBytes());
    MiniFiles.write(
        shards, "ratings-00002.tsv", shard(header, lines.subList(1 + 2 * third, lines.size())));
    MiniFiles.write(shards, "README.txt", "not a shard");
    // notes: one gzip file
    Path notesGz =
        MiniFiles.gzip(
            tmp, "notes-00000.tsv.gz", Files.readAllBytes(data.resolve("notes-00000.tsv")));

    InputPaths paths = inputs(data);
    ScoringInput sharded =
        PublicDataReader.read(
            new InputPaths(notesGz, shards, paths.statusHistory(), paths.enrollment()));
    TableAssertions.assertSameInput(sharded, plain);
  }

  private static String shard(String header, List<String> rows) {
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  private static long lines(Path file) throws IOException {
    try (var s = Files.lines(file)) {
      return s.count();
    }
  }

  @Test
  void shardDirectoryOfADownloadFolderPicksOnlyItsOwnTable() {
    Path data = Parity.data("tiny");
    InputPaths paths = InputPaths.fromDirectory(data);
    assertThat(paths.notes()).isEqualTo(data);
    assertThat(paths.noteRequests()).isNull();
    ScoringInput in = PublicDataReader.read(paths);
    assertThat(in.notes().size).isEqualTo(1000);
    assertThat(in.ratings().size).isEqualTo(25427);
    assertThat(in.enrollment().size).isEqualTo(802);
  }
}
