package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bridgewatch.scoring.synth.PublicTsvHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  private CliRun generate(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--out", out.toString(),
        "--notes", "300", "--raters", "250", "--ratings", "6000", "--seed", "11"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void sameSeedGivesIdenticalBytes() throws IOException {
    assertThat(generate(tmp.resolve("a")).exitCode()).isZero();
    assertThat(generate(tmp.resolve("b")).exitCode()).isZero();
    List<String> names;
    try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).contains("notes-00000.tsv", "ratings-00000.tsv",
        "noteStatusHistory-00000.tsv", "userEnrollment-00000.tsv", "truth.tsv",
        "raters_truth.tsv", "meta.json");
    for (String name : names) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name)))
          .as(name).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
    }
  }

  @Test
  void differentSeedGivesDifferentRatings() throws IOException {
    generate(tmp.resolve("a"));
    CliRun.of("generate", "--out", tmp.resolve("c").toString(), "--notes", "300", "--raters",
        "250", "--ratings", "6000", "--seed", "12");
    assertThat(Files.readAllBytes(tmp.resolve("c/ratings-00000.tsv")))
        .isNotEqualTo(Files.readAllBytes(tmp.resolve("a/ratings-00000.tsv")));
  }

  @Test
  void writesExactlyTheRequestedRatingsAndRowsPerFile() throws IOException {
    CliRun run = generate(tmp.resolve("a"));
    assertThat(run.out()).contains("6,000 ratings");
    assertThat(lines(tmp.resolve("a/ratings-00000.tsv"))).isEqualTo(6001);
    assertThat(lines(tmp.resolve("a/notes-00000.tsv"))).isEqualTo(301);
    assertThat(lines(tmp.resolve("a/noteStatusHistory-00000.tsv"))).isEqualTo(301);
    assertThat(lines(tmp.resolve("a/userEnrollment-00000.tsv"))).isEqualTo(253);
    assertThat(lines(tmp.resolve("a/truth.tsv"))).isEqualTo(301);
  }

  @Test
  void ratingsPerNoteSetsTheTotal() throws IOException {
    CliRun run = CliRun.of("generate", "--out", tmp.resolve("k").toString(), "--notes", "200",
        "--raters", "100", "--ratings-per-note", "7.5");
    assertThat(run.exitCode()).isZero();
    assertThat(lines(tmp.resolve("k/ratings-00000.tsv"))).isEqualTo(1501);
  }

  @Test
  void shardsAndGzip() throws IOException {
    CliRun run = generate(tmp.resolve("z"), "--gzip", "--shard-rows", "2500");
    assertThat(run.exitCode()).isZero();
    assertThat(tmp.resolve("z/ratings-00000.tsv.gz")).exists();
    assertThat(tmp.resolve("z/ratings-00001.tsv.gz")).exists();
    assertThat(tmp.resolve("z/ratings-00002.tsv.gz")).exists();
    assertThat(tmp.resolve("z/ratings-00003.tsv.gz")).doesNotExist();
    long rows = 0;
    for (int shard = 0; shard < 3; shard++) {
      try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(
          new java.util.zip.GZIPInputStream(Files.newInputStream(
              tmp.resolve(String.format("z/ratings-%05d.tsv.gz", shard))))))) {
        assertThat(reader.readLine()).isEqualTo(PublicTsvHeaders.line(PublicTsvHeaders.RATINGS));
        rows += reader.lines().count();
      }
    }
    assertThat(rows).isEqualTo(6000);
  }

  @Test
  void emptyHistoryIsHeaderOnlyAndLeavesRatingsUnchanged() throws IOException {
    generate(tmp.resolve("a"));
    generate(tmp.resolve("e"), "--empty-history");
    assertThat(lines(tmp.resolve("e/noteStatusHistory-00000.tsv"))).isEqualTo(1);
    assertThat(Files.readAllBytes(tmp.resolve("e/ratings-00000.tsv")))
        .isEqualTo(Files.readAllBytes(tmp.resolve("a/ratings-00000.tsv")));
  }

  @Test
  void headersMatchTheFixtureHeadersExactly() throws IOException {
    Path data = Fixtures.tiny().resolve("data");
    generate(tmp.resolve("a"));
    Map<String, String> pairs = Map.of(
        "notes-00000.tsv", "notes-00000.tsv",
        "ratings-00000.tsv", "ratings-00000.tsv",
        "noteStatusHistory-00000.tsv", "noteStatusHistory-00000.tsv",
        "userEnrollment-00000.tsv", "userEnrollment-00000.tsv",
        "truth.tsv", "truth.tsv",
        "raters_truth.tsv", "raters_truth.tsv");
    for (Map.Entry<String, String> e : pairs.entrySet()) {
      assertThat(firstLine(tmp.resolve("a").resolve(e.getKey())))
          .as(e.getKey()).isEqualTo(firstLine(data.resolve(e.getValue())));
    }
  }

  @Test
  void everyRowHasAsManyFieldsAsTheHeader() throws IOException {
    generate(tmp.resolve("a"));
    for (String name : List.of("notes-00000.tsv", "ratings-00000.tsv",
        "noteStatusHistory-00000.tsv", "userEnrollment-00000.tsv")) {
      List<String> all = Files.readAllLines(tmp.resolve("a").resolve(name));
      int columns = all.get(0).split("\t", -1).length;
      for (String line : all) {
        assertThat(line.split("\t", -1)).as(name).hasSize(columns);
      }
    }
  }

  /**
   * Bridging notes should be rated helpful by both camps; polarizing ones by at most one. Measured
   * per camp from the generated ratings and the rater truth.
   */
  @Test
  void bridgingNotesAreHelpfulAcrossCampsUnlikePolarizingOnes() throws IOException {
    CliRun.of("generate", "--out", tmp.resolve("t").toString(), "--notes", "1000", "--raters",
        "800", "--ratings", "25000", "--seed", "3");
    Map<String, String> campOf = column(tmp.resolve("t/raters_truth.tsv"), 0, 1);
    Map<String, String> kindOf = column(tmp.resolve("t/truth.tsv"), 0, 1);
    Map<String, int[]> byKindCamp = new HashMap<>(); // kind|camp -> {helpful, total}
    List<String> ratings = Files.readAllLines(tmp.resolve("t/ratings-00000.tsv"));
    for (String line : ratings.subList(1, ratings.size())) {
      String[] f = line.split("\t", -1);
      String key = kindOf.get(f[0]) + "|" + campOf.get(f[1]);
      int[] counts = byKindCamp.computeIfAbsent(key, k -> new int[2]);
      counts[0] += f[8].equals("HELPFUL") ? 1 : 0;
      counts[1]++;
    }
    double bridgingL = fraction(byKindCamp.get("bridging|L"));
    double bridgingR = fraction(byKindCamp.get("bridging|R"));
    double polarizingL = fraction(byKindCamp.get("polarizing|L"));
    double polarizingR = fraction(byKindCamp.get("polarizing|R"));
    assertThat(Math.min(bridgingL, bridgingR)).isGreaterThan(0.85);
    assertThat(Math.min(bridgingL, bridgingR))
        .isGreaterThan(Math.max(polarizingL, polarizingR) + 0.2);
    assertThat(fraction(byKindCamp.get("unhelpful|L"))).isLessThan(0.1);
  }

  /**
   * Bounded memory: 2M ratings generated in a child JVM limited to 40 MB of heap. A generator
   * holding anything per rating (2M objects, or even 2M ids) would not fit.
   */
  @Test
  void twoMillionRatingsStreamInATinyHeap() throws Exception {
    Path out = tmp.resolve("big");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-Xmx40m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "generate", "--out",
        out.toString(), "--notes", "80000", "--raters", "40000", "--ratings", "2M", "--seed", "5")
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile())
        .start();
    int exit = process.waitFor();
    assertThat(exit).as(Files.readString(tmp.resolve("child.log"))).isZero();
    assertThat(lines(out.resolve("ratings-00000.tsv"))).isEqualTo(2_000_001);
  }

  private static double fraction(int[] counts) {
    return (double) counts[0] / counts[1];
  }

  private static Map<String, String> column(Path file, int key, int value) throws IOException {
    Map<String, String> map = new HashMap<>();
    List<String> all = Files.readAllLines(file);
    for (String line : all.subList(1, all.size())) {
      String[] f = line.split("\t", -1);
      map.put(f[key], f[value]);
    }
    return map;
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      return reader.readLine();
    }
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
