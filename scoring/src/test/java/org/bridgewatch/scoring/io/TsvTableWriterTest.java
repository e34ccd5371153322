package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.bridgewatch.scoring.model.Nulls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTableWriterTest {
  @TempDir Path tmp;

  private static OutputTable everyKind() {
    return new OutputTable(3)
        .int64("noteId", new long[] {2104021833944323815L, 7, -1})
        .float32("coreNoteIntercept", new float[] {0.44102737f, Float.NaN, 1e-5f})
        .float64("groupNoteIntercept", new double[] {0.07316761463880539, Double.NaN, 1e16})
        .longAsFloat64(
            "timestampMillisOfCurrentStatus",
            new long[] {1793494800000L, Nulls.NO_TIME, -1},
            Nulls.NO_TIME)
        .intAsFloat64("modelingGroup", new int[] {14, Nulls.NO_INT, 0})
        .nullableInt64("numRatings", new long[] {6, Long.MIN_VALUE, 0}, Long.MIN_VALUE)
        .nullableInt32("crhTotal14d", new int[] {0, Nulls.NO_INT, 3})
        .bool("crhBool", new boolean[] {true, false, true})
        .nullableBool("topicNoteConfident", new byte[] {1, -1, 0})
        .codes(
            "status",
            new byte[] {0, -1, 1},
            new String[] {"NEEDS_MORE_RATINGS", "CURRENTLY_RATED_HELPFUL"})
        .strings(
            "activeRules",
            new String[] {"InitialNMR (v1.0),GeneralCRH (v1.0)", null, "say \"hi\""});
  }

  @Test
  void writesEveryColumnKindLikePandas() throws IOException {
    StringWriter out = new StringWriter();
    TsvTableWriter.write(everyKind(), out, true);
    assertThat(out.toString())
        .isEqualTo(
            "noteId\tcoreNoteIntercept\tgroupNoteIntercept\ttimestampMillisOfCurrentStatus"
                + "\tmodelingGroup\tnumRatings\tcrhTotal14d\tcrhBool\ttopicNoteConfident\tstatus"
                + "\tactiveRules\n"
                + "2104021833944323815\t0.44102737\t0.07316761463880539\t1793494800000.0\t14.0\t6"
                + "\t0\tTrue\tTrue\tNEEDS_MORE_RATINGS\tInitialNMR (v1.0),GeneralCRH (v1.0)\n"
                + "7\t\t\t\t\t\t\tFalse\t\t\t\n"
                + "-1\t1e-05\t1e+16\t-1.0\t0.0\t0\t3\tTrue\tFalse\tCURRENTLY_RATED_HELPFUL"
                + "\t\"say \"\"hi\"\"\"\n");
  }

  @Test
  void selectFixesOrderAndDropsTheRest() throws IOException {
    OutputTable t = everyKind().select(List.of("crhBool", "noteId"));
    assertThat(t.names()).containsExactly("crhBool", "noteId");
    StringWriter out = new StringWriter();
    TsvTableWriter.write(t, out, false);
    assertThat(out.toString()).isEqualTo("True\t2104021833944323815\nFalse\t7\nTrue\t-1\n");
  }

  @Test
  void selectRejectsMissingColumns() {
    assertThatThrownBy(() -> everyKind().select(OutputColumns.SCORED_NOTES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coreNoteFactor1");
  }

  @Test
  void rejectsColumnsOfTheWrongLengthAndDuplicates() {
    assertThatThrownBy(() -> new OutputTable(2).int64("a", new long[3]))
        .hasMessage("column a has 3 values, table has 2 rows");
    assertThatThrownBy(() -> new OutputTable(1).int64("a", new long[1]).int64("a", new long[1]))
        .hasMessage("duplicate column a");
  }

  @Test
  void gzipWhenThePathSaysSo() throws IOException {
    Path file = tmp.resolve("sub/out.tsv.gz");
    TsvTableWriter.write(new OutputTable(1).int64("x", new long[] {5}), file);
    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
      assertThat(new String(in.readAllBytes())).isEqualTo("x\n5\n");
    }
  }

  @Test
  void referenceHeadersHaveTheFixtureColumnCounts() throws IOException {
    assertThat(OutputColumns.SCORED_NOTES).hasSize(99).startsWith("noteId", "coreNoteIntercept");
    assertThat(OutputColumns.HELPFULNESS_SCORES).hasSize(47).startsWith("raterParticipantId");
    assertThat(OutputColumns.NOTE_STATUS_HISTORY).hasSize(24);
    assertThat(OutputColumns.AUX_NOTE_INFO).hasSize(72).endsWith("pcrhFinalPred");
    Path ref = Parity.reference("tiny");
    assertThat(firstLine(ref.resolve(OutputColumns.SCORED_NOTES_FILE)))
        .isEqualTo(String.join("\t", OutputColumns.SCORED_NOTES));
    assertThat(firstLine(ref.resolve(OutputColumns.HELPFULNESS_SCORES_FILE)))
        .isEqualTo(String.join("\t", OutputColumns.HELPFULNESS_SCORES));
    assertThat(firstLine(ref.resolve(OutputColumns.NOTE_STATUS_HISTORY_FILE)))
        .isEqualTo(String.join("\t", OutputColumns.NOTE_STATUS_HISTORY));
    assertThat(firstLine(ref.resolve(OutputColumns.AUX_NOTE_INFO_FILE)))
        .isEqualTo(String.join("\t", OutputColumns.AUX_NOTE_INFO));
  }

  private static String firstLine(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElseThrow();
    }
  }

  @Test
  void blocksFormattedOnSeveralThreadsGiveTheSameBytes() throws IOException {
    // Enough rows for several blocks and a partial last one, with multi-byte UTF-8 text.
    int rows = 3 * TsvTableWriter.ROWS_PER_BLOCK + 17;
    long[] ids = new long[rows];
    float[] values = new float[rows];
    String[] text = new String[rows];
    for (int r = 0; r < rows; r++) {
      ids[r] = 1_000_000_000_000L + 7L * r;
      values[r] = r % 11 == 0 ? Float.NaN : r / 3.7f;
      text[r] = r % 5 == 0 ? null : "résumé — " + r;
    }
    OutputTable table = new OutputTable(rows)
        .int64("noteId", ids).float32("v", values).strings("t", text);
    for (String name : new String[] {"out.tsv", "out.tsv.gz"}) {
      Path one = tmp.resolve("one-" + name);
      Path four = tmp.resolve("four-" + name);
      TsvTableWriter.write(table, one, true, 1);
      TsvTableWriter.write(table, four, true, 4);
      assertThat(read(four)).isEqualTo(read(one));
      assertThat(read(one).split("\n", -1)).hasSize(rows + 2);
    }
  }

  private static String read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    if (path.toString().endsWith(".gz")) {
      try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(path))) {
        bytes = in.readAllBytes();
      }
    }
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
