package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SynthSummary;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgewatch generate}: a synthetic dataset in X's public format, at any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate synthetic Community Notes data (notes, ratings, status history,"
        + " enrollment, plus latent truth) in X's public TSV format.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--notes", defaultValue = "1000", converter = CountConverter.class,
      description = "Number of notes (default ${DEFAULT-VALUE}; K/M suffixes allowed).")
  long notes;

  @Option(names = "--raters", defaultValue = "800", converter = CountConverter.class,
      description = "Number of human raters (default ${DEFAULT-VALUE}).")
  long raters;

  @ArgGroup(exclusive = true)
  RatingCount ratingCount;

  static final class RatingCount {
    @Option(names = "--ratings", converter = CountConverter.class,
        description = "Total number of ratings, e.g. 200M.")
    Long total;

    @Option(names = "--ratings-per-note", description = "Average ratings per note (default 25).")
    Double perNote;
  }

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--days", defaultValue = "35", description = "Days of notes (default ${DEFAULT-VALUE}).")
  double days;

  @Option(names = "--end-millis", description = "End of the data window, epoch millis"
      + " (default 1793491200000, as the parity fixtures).")
  Long endMillis;

  @Option(names = "--gzip", description = "Write .tsv.gz files.")
  boolean gzip;

  @Option(names = "--shard-rows", defaultValue = "0", converter = CountConverter.class,
      description = "Rows per notes/ratings/status file; 0 = one file each.")
  long shardRows;

  @Option(names = "--empty-history", description = "Write a header-only noteStatusHistory.")
  boolean emptyHistory;

  @Override
  public Integer call() throws Exception {
    SynthConfig config = config();
    PrintWriter log = spec.commandLine().getOut();
    log.printf("Generating %,d notes, %,d raters, %,d ratings (seed %d) into %s%n",
        config.notes(), config.raters(), config.totalRatings(), config.seed(), out);
    long started = System.nanoTime();
    SynthSummary summary;
    try (ConsoleProgress progress = ConsoleProgress.create(log, "ratings", config.totalRatings())) {
      summary = new SyntheticDataGenerator(config).generate(out, progress);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    describe(log, summary, seconds);
    return 0;
  }

  SynthConfig config() {
    if (notes > Integer.MAX_VALUE || raters > Integer.MAX_VALUE - 2) {
      throw new IllegalArgumentException("too many notes or raters");
    }
    long total = ratingCount != null && ratingCount.total != null
        ? ratingCount.total
        : Math.round(notes * (ratingCount != null && ratingCount.perNote != null
            ? ratingCount.perNote : 25.0));
    SynthConfig config = SynthConfig.of((int) notes, (int) raters, total, seed)
        .withDays(days).withGzip(gzip).withShardRows(shardRows)
        .withNoteStatusHistory(!emptyHistory);
    return endMillis == null ? config : config.withEndMillis(endMillis);
  }

  static void describe(PrintWriter log, SynthSummary summary, double seconds) {
    int[] kinds = summary.kindCounts();
    long[] levels = summary.levelCounts();
    log.printf("Wrote %,d notes, %,d users, %,d ratings in %d file(s) in %.1f s%n",
        summary.notes(), summary.users(), summary.ratings(), summary.ratingShards(), seconds);
    log.printf("  note kinds: %d bridging, %d polarizing, %d unhelpful, %d noise%n", kinds[0],
        kinds[1], kinds[2], kinds[3]);
    log.printf("  ratings: %,d HELPFUL, %,d SOMEWHAT_HELPFUL, %,d NOT_HELPFUL%n", levels[2],
        levels[1], levels[0]);
    log.printf("  score it with --epoch-millis %d%n", summary.suggestedEpochMillis());
    log.flush();
  }
}
