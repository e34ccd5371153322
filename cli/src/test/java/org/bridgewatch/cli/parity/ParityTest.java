package org.bridgewatch.cli.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bridgewatch.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs {@code bridgewatch score} on every dataset of the parity fixtures with the flags recorded
 * in its {@code reference/cmd.txt}, and checks the core model's columns against the reference's
 * outputs. The thresholds are the project's parity targets; do not loosen them.
 */
class ParityTest {
  static final double MIN_R = 0.99;
  static final double MIN_CORE_STATUS_AGREEMENT = 0.98;
  /** Reached with every scorer running, Gaussian topic model included (99.9% tiny and small). */
  static final double MIN_FINAL_STATUS_AGREEMENT = 0.995;
  /** Per-scorer status agreement reached by every model on both fixtures. */
  static final double MIN_MODEL_STATUS_AGREEMENT = 0.97;
  /** Modeling group final-scored by GaussianGroupScorer; it shares the group columns. */
  static final String GAUSSIAN_GROUP = "15.0";
  /** Topic final-scored by GaussianTopicScorer; it shares the topic columns. */
  static final String GAUSSIAN_TOPIC = "InDimensionTwo";

  @TestFactory
  Stream<DynamicTest> everyParityDataset() throws IOException {
    Path root = Path.of(System.getProperty("bridgewatch.parity.dir", "../../shared/parity"));
    if ("true".equals(System.getenv("CI"))) {
      assertThat(root).as("parity fixtures (CI must have them)").isDirectory();
    }
    assumeTrue(Files.isDirectory(root), "no parity fixtures at " + root);
    List<Path> datasets = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("reference/cmd.txt")))
          .sorted()
          .forEach(datasets::add);
    }
    assertThat(datasets).isNotEmpty();
    return datasets.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> checkDataset(d)));
  }

  private void checkDataset(Path dataset) throws IOException {
    Path out = Path.of("target", "parity", dataset.getFileName().toString());
    int exit = runScore(dataset, out);
    assertThat(exit).as("score exit code").isZero();

    KeyedTsv notes = KeyedTsv.read(out.resolve("scored_notes.tsv"));
    KeyedTsv refNotes = KeyedTsv.read(dataset.resolve("reference/scored_notes.tsv"));
    KeyedTsv raters = KeyedTsv.read(out.resolve("helpfulness_scores.tsv"));
    KeyedTsv refRaters = KeyedTsv.read(dataset.resolve("reference/helpfulness_scores.tsv"));

    List<Agreement.Correlation> correlations =
        List.of(
            Agreement.pearson(notes, refNotes, "coreNoteIntercept"),
            Agreement.pearson(notes, refNotes, "coreNoteFactor1"),
            Agreement.pearson(raters, refRaters, "coreRaterIntercept"),
            Agreement.pearson(raters, refRaters, "coreRaterFactor1"));
    Agreement.Match coreStatus = Agreement.statusAgreement(notes, refNotes, "coreRatingStatus");
    Agreement.Match finalStatus = Agreement.statusAgreement(notes, refNotes, "finalRatingStatus");
    System.out.printf("Parity on %s:%n", dataset.getFileName());
    correlations.forEach(c -> System.out.println("  " + c));
    System.out.println("  " + coreStatus);
    System.out.println("  " + finalStatus);
    List<Agreement.Correlation> modelCorrelations =
        List.of(
            Agreement.pearson(notes, refNotes, "expansionNoteIntercept"),
            Agreement.pearson(notes, refNotes, "expansionPlusNoteIntercept"),
            Agreement.pearson(notes, refNotes, "coreWithTopicsNoteIntercept"),
            Agreement.pearson(notes, refNotes, "groupNoteIntercept"),
            Agreement.pearson(notes, refNotes, "multiGroupNoteIntercept"),
            Agreement.pearson(notes, refNotes, "topicNoteIntercept"),
            Agreement.pearson(raters, refRaters, "expansionRaterIntercept"),
            Agreement.pearson(raters, refRaters, "groupRaterIntercept"));
    List<Agreement.Match> modelStatuses =
        List.of(
            Agreement.statusAgreement(notes, refNotes, "expansionRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "expansionPlusRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "coreWithTopicsRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "groupRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "modelingGroup"),
            Agreement.statusAgreement(notes, refNotes, "multiGroupRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "topicRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "topicNoteConfident"),
            Agreement.statusAgreement(notes, refNotes, "noteTopic"),
            Agreement.statusAgreement(notes, refNotes, "gaussianRatingStatus"),
            Agreement.statusAgreement(notes, refNotes, "gaussianCoreWithTopicsRatingStatus"));
    // The Gaussian group and topic models alone (no such notes on tiny: nothing to compare).
    List<Agreement.Match> gaussianFamilyStatuses =
        List.of(
            Agreement.statusAgreement(
                notes, refNotes, "groupRatingStatus",
                k -> GAUSSIAN_GROUP.equals(refNotes.get(k, "modelingGroup"))),
            Agreement.statusAgreement(
                notes, refNotes, "topicRatingStatus",
                k -> GAUSSIAN_TOPIC.equals(refNotes.get(k, "noteTopic"))),
            Agreement.statusAgreement(
                notes, refNotes, "topicNoteConfident",
                k -> GAUSSIAN_TOPIC.equals(refNotes.get(k, "noteTopic"))));
    Agreement.Match numRatings = Agreement.statusAgreement(notes, refNotes, "numRatings");
    modelCorrelations.forEach(c -> System.out.println("  " + c));
    modelStatuses.forEach(m -> System.out.println("  " + m));
    gaussianFamilyStatuses.forEach(m -> System.out.println("  Gaussian-only " + m));
    System.out.println("  " + numRatings);

    for (Agreement.Correlation c : correlations) {
      assertThat(c.n()).as(c.column() + " compared notes").isGreaterThan(0);
      assertThat(c.r()).as(c.column() + " Pearson r").isGreaterThanOrEqualTo(MIN_R);
    }
    assertThat(coreStatus.share())
        .as("coreRatingStatus agreement")
        .isGreaterThanOrEqualTo(MIN_CORE_STATUS_AGREEMENT);
    for (Agreement.Correlation c : modelCorrelations) {
      assertThat(c.n()).as(c.column() + " compared").isGreaterThan(0);
      assertThat(c.r()).as(c.column() + " Pearson r").isGreaterThanOrEqualTo(MIN_R);
    }
    for (Agreement.Match m : modelStatuses) {
      assertThat(m.total()).as(m.column() + " compared notes").isGreaterThan(0);
      assertThat(m.share()).as(m.column() + " agreement").isGreaterThanOrEqualTo(MIN_MODEL_STATUS_AGREEMENT);
    }
    for (Agreement.Match m : gaussianFamilyStatuses) {
      assertThat(m.share())
          .as("Gaussian-scored " + m.column() + " agreement")
          .isGreaterThanOrEqualTo(MIN_MODEL_STATUS_AGREEMENT);
    }
    assertThat(numRatings.share()).as("numRatings agreement").isEqualTo(1.0);
    assertThat(finalStatus.share())
        .as("finalRatingStatus agreement")
        .isGreaterThanOrEqualTo(MIN_FINAL_STATUS_AGREEMENT);
    // Every note the reference scored is in our output, with the same header layout.
    assertThat(notes.rows().keySet()).containsExactlyInAnyOrderElementsOf(refNotes.rows().keySet());
    assertThat(firstLine(out.resolve("scored_notes.tsv")))
        .isEqualTo(firstLine(dataset.resolve("reference/scored_notes.tsv")));
  }

  /** Runs `score` with the reference's recorded flags, pointed at this dataset and {@code out}. */
  static int runScore(Path dataset, Path out) throws IOException {
    List<String> args = new ArrayList<>();
    args.add("score");
    args.addAll(recordedFlags(dataset));
    args.addAll(
        List.of(
            "--notes", dataset.resolve("data/notes-00000.tsv").toString(),
            "--ratings", dataset.resolve("data/ratings-00000.tsv").toString(),
            "--status", dataset.resolve("data/noteStatusHistory-00000.tsv").toString(),
            "--enrollment", dataset.resolve("data/userEnrollment-00000.tsv").toString(),
            "--outdir", out.toString()));
    StringWriter log = new StringWriter();
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(log));
    cli.setErr(new PrintWriter(log));
    int exit = cli.execute(args.toArray(String[]::new));
    if (exit != 0) {
      System.out.println(log);
    }
    return exit;
  }

  /** The flags of reference/cmd.txt other than the input and output paths. */
  static List<String> recordedFlags(Path dataset) throws IOException {
    String cmd = Files.readString(dataset.resolve("reference/cmd.txt"));
    List<String> flags = new ArrayList<>();
    Matcher seed = Pattern.compile("--seed (\\d+)").matcher(cmd);
    if (seed.find()) {
      flags.addAll(List.of("--seed", seed.group(1)));
    }
    Matcher epoch = Pattern.compile("--epoch-millis (\\d+)").matcher(cmd);
    if (epoch.find()) {
      flags.addAll(List.of("--epoch-millis", epoch.group(1)));
    }
    for (String flag : List.of("--nocheck-flips", "--no-parquet", "--nopseudoraters")) {
      if (cmd.contains(flag)) {
        flags.add(flag);
      }
    }
    return flags;
  }

  private static String firstLine(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElse("");
    }
  }
}
