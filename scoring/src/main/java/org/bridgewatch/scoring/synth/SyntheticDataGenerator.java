package org.bridgewatch.scoring.synth;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.HelpfulnessLevel;

/**
 * Writes a synthetic dataset in X's public format: {@code notes-*}, {@code ratings-*},
 * {@code noteStatusHistory-*} and {@code userEnrollment-*} TSVs, plus the latent truth
 * ({@code truth.tsv}, {@code raters_truth.tsv}) and {@code meta.json}.
 *
 * <p>Memory is bounded by the number of raters and notes (a few primitive arrays each), never by
 * the number of ratings: notes are generated one at a time and each note's ratings are written as
 * they are drawn. Every note draws from its own random stream, seeded from the run's seed and
 * the note's index, so the output is a pure function of the config.
 */
public final class SyntheticDataGenerator {
  /** Receives the number of ratings written so far (and the total to write). */
  @FunctionalInterface
  public interface Progress {
    void update(long ratingsWritten, long ratingsTotal);

    Progress NONE = (done, total) -> {};
  }

  // Random stream ids: one per purpose, so that e.g. turning the status history off leaves the
  // ratings unchanged.
  private static final long STREAM_WEIGHTS = 2;
  private static final long STREAM_NOTE = 3;
  private static final long STREAM_POST = 4;
  private static final long STREAM_USER = 5;
  private static final long STREAM_HISTORY = 6;

  /** Rating latent cut points: below NOT_HELPFUL_BELOW is NOT_HELPFUL, from HELPFUL_FROM on HELPFUL. */
  static final double NOT_HELPFUL_BELOW = -0.05;
  static final double HELPFUL_FROM = 0.32;
  private static final long MEDIAN_RATING_DELAY_MILLIS = 6 * 3_600_000L;
  private static final long PROGRESS_STEP = 250_000;

  private static final byte[] VERSION = bytes("2");
  private static final byte[] DEFAULT_SOURCE = bytes("DEFAULT");
  private static final byte[] SAMPLED_SOURCE = bytes("POPULATION_SAMPLED");
  private static final byte[][] LEVEL_BYTES = {
    bytes("NOT_HELPFUL"), bytes("SOMEWHAT_HELPFUL"), bytes("HELPFUL")
  };
  private static final org.bridgewatch.scoring.model.RatingTag[] TAGS =
      org.bridgewatch.scoring.model.RatingTag.values();

  private final SynthConfig config;

  public SyntheticDataGenerator(SynthConfig config) {
    this.config = config;
  }

  public SynthConfig config() {
    return config;
  }

  /** Generates the dataset into {@code outDir} (created if missing). */
  public SynthSummary generate(Path outDir, Progress progress) throws IOException {
    Files.createDirectories(outDir);
    RaterPool pool = new RaterPool(config);
    float[] weights = ratingWeights();
    double totalWeight = 0;
    for (float w : weights) {
      totalWeight += w;
    }
    Run run = new Run(pool, progress);
    long shardRows = config.shardRows();
    int ratingShards;
    try (ShardedTsvWriter notes = writer(outDir, "notes", PublicTsvHeaders.NOTES, shardRows);
        ShardedTsvWriter ratings =
            writer(outDir, "ratings", PublicTsvHeaders.RATINGS, shardRows);
        ShardedTsvWriter history = writer(outDir, "noteStatusHistory",
            PublicTsvHeaders.NOTE_STATUS_HISTORY, shardRows);
        ShardedTsvWriter truth = new ShardedTsvWriter(outDir, "truth",
            PublicTsvHeaders.line(PublicTsvHeaders.TRUTH), 0, false)) {
      double cumulative = 0;
      long allocated = 0;
      for (int i = 0; i < config.notes(); i++) {
        cumulative += weights[i];
        long target = i == config.notes() - 1
            ? config.totalRatings()
            : (long) Math.floor(config.totalRatings() * (cumulative / totalWeight));
        // A note capped at (raters - 1) passes its surplus on to the next notes.
        int count = (int) Math.max(0, Math.min(target - allocated, config.raters() - 1));
        allocated += count;
        run.note(i, count, notes, ratings, history, truth);
      }
      ratingShards = ratings.shardCount();
    }
    renameTruth(outDir);
    writeUsers(outDir, pool);
    SynthSummary summary = new SynthSummary(config.notes(), config.raters() + RaterPool.AI_WRITERS,
        run.ratingsWritten, run.kindCounts, run.levelCounts, ratingShards,
        config.suggestedEpochMillis());
    progress.update(run.ratingsWritten, config.totalRatings());
    Files.writeString(outDir.resolve("meta.json"), SynthMeta.json(config, summary, pool));
    return summary;
  }

  private ShardedTsvWriter writer(Path dir, String base, java.util.List<String> header,
      long shardRows) throws IOException {
    return new ShardedTsvWriter(dir, base, PublicTsvHeaders.line(header), shardRows,
        config.gzip());
  }

  /** The truth writer names its file truth-00000.tsv; the fixtures call it truth.tsv. */
  private static void renameTruth(Path dir) throws IOException {
    Files.move(dir.resolve("truth-00000.tsv"), dir.resolve("truth.tsv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Each note's share of the ratings: log-normal, so a few notes draw many ratings. */
  private float[] ratingWeights() {
    SplittableRandom rng = new SplittableRandom(SynthIds.streamSeed(config.seed(), STREAM_WEIGHTS, 0));
    float[] weights = new float[config.notes()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) Math.exp(0.7 * rng.nextGaussian());
    }
    return weights;
  }

  /** Mutable state of one generation run: counters, the current post, reusable buffers. */
  private final class Run {
    final RaterPool pool;
    final Progress progress;
    final int[] kindCounts = new int[NoteKind.values().length];
    final long[] levelCounts = new long[3];
    final IntOpenHashSet chosen = new IntOpenHashSet();
    final byte[] raterId = new byte[64];
    int[] order = new int[64];
    long ratingsWritten;
    long nextProgress = PROGRESS_STEP;
    int postIndex = -1;
    int postNotesLeft;
    long postId;
    int postGroup;
    int postTopic;

    Run(RaterPool pool, Progress progress) {
      this.pool = pool;
      this.progress = progress;
    }

    void note(int i, int count, ShardedTsvWriter notes, ShardedTsvWriter ratings,
        ShardedTsvWriter history, ShardedTsvWriter truth) throws IOException {
      SplittableRandom rng = new SplittableRandom(SynthIds.streamSeed(config.seed(), STREAM_NOTE, i));
      long span = config.endMillis() - config.startMillis();
      long createdAt = config.startMillis() + (long) ((i + rng.nextDouble()) * span / config.notes());
      createdAt = Math.min(createdAt, config.endMillis() - 1);
      if (postNotesLeft == 0) {
        newPost(createdAt);
      }
      postNotesLeft--;
      long noteId = SynthIds.snowflake(createdAt, i);
      NoteKind kind = NoteKind.values()[RaterPool.pick(rng, SynthConfig.KIND_PROBS)];
      kindCounts[kind.ordinal()]++;
      int author = rng.nextDouble() < SynthConfig.AI_WRITER_NOTE_FRACTION
          ? pool.raters + rng.nextInt(RaterPool.AI_WRITERS)
          : pool.writers[rng.nextInt(pool.writers.length)];
      pool.noteCount[author]++;
      int sign = 0;
      if (kind == NoteKind.POLARIZING) {
        byte c = pool.camp[author];
        sign = c == RaterPool.CAMP_L ? -1 : c == RaterPool.CAMP_R ? 1 : rng.nextBoolean() ? 1 : -1;
      }
      double quality = kind.drawQuality(rng);
      double polarity = kind.drawPolarity(rng, sign);
      boolean notMisleading = rng.nextDouble() < kind.notMisleadingProbability;
      String authorId = SynthIds.participantId(config.seed(), author);

      NoteRows.writeNote(notes, rng, noteId, authorId, createdAt, postId, notMisleading, postTopic);

      int cliqueMembers = chooseRaters(rng, count, author, sign);
      int lean = RatingTagSampler.drawLean(rng);
      int helpful = 0;
      for (int k = 0; k < chosen.size(); k++) {
        int u = order[k];
        HelpfulnessLevel level;
        if (k < cliqueMembers) {
          level = HelpfulnessLevel.HELPFUL; // coordinated clique vote
        } else {
          double latent = quality + polarity * pool.viewpoint[u] + pool.leniency[u]
              + kind.ratingNoiseSd() * rng.nextGaussian();
          level = latent < NOT_HELPFUL_BELOW ? HelpfulnessLevel.NOT_HELPFUL
              : latent >= HELPFUL_FROM ? HelpfulnessLevel.HELPFUL
              : HelpfulnessLevel.SOMEWHAT_HELPFUL;
        }
        helpful += level == HelpfulnessLevel.HELPFUL ? 1 : 0;
        writeRating(ratings, rng, noteId, u, createdAt, level, lean);
      }
      SplittableRandom historyRng =
          new SplittableRandom(SynthIds.streamSeed(config.seed(), STREAM_HISTORY, i));
      if (config.noteStatusHistory()) {
        StatusHistorySampler.writeRow(history, historyRng, config, noteId, authorId, createdAt,
            kind, chosen.size(), postGroup);
      }
      NoteRows.writeTruth(truth, noteId, kind, sign, quality, polarity, notMisleading, postId,
          NoteText.TOPICS[postTopic], postGroup, RaterPool.CAMP_NAMES[pool.camp[author]],
          chosen.size(), helpful, createdAt);
      if (ratingsWritten >= nextProgress) {
        progress.update(ratingsWritten, config.totalRatings());
        nextProgress = ratingsWritten + PROGRESS_STEP;
      }
    }

    private void newPost(long firstNoteAt) {
      postIndex++;
      SplittableRandom rng =
          new SplittableRandom(SynthIds.streamSeed(config.seed(), STREAM_POST, postIndex));
      postNotesLeft = 1;
      while (rng.nextDouble() < 1.0 / 3) {
        postNotesLeft++; // on average 1.5 notes per post
      }
      postId = SynthIds.snowflake(firstNoteAt - rng.nextLong(6 * 3_600_000L), postIndex);
      postGroup = pool.group[rng.nextInt(pool.raters)];
      postTopic = NoteText.drawTopic(rng);
    }

    /**
     * Fills {@code chosen} / {@code order} with {@code count} distinct raters other than the
     * author; clique members first (returns how many).
     */
    private int chooseRaters(SplittableRandom rng, int count, int author, int sign) {
      chosen.clear();
      if (order.length < count) {
        order = new int[Math.max(count, order.length * 2)];
      }
      if (sign != 0) {
        for (int c = 0; c < pool.cliqueCount(); c++) {
          if (pool.cliqueSign[c] == sign && rng.nextDouble() < 0.3) {
            for (int u : pool.cliqueMembers[c]) {
              add(u, author, count);
            }
          }
        }
      }
      int cliqueMembers = chosen.size();
      int misses = 0;
      int maxMisses = 64 + 8 * count;
      while (chosen.size() < count && misses < maxMisses) {
        int u = pool.drawRater(rng, postGroup, misses < 16);
        if (!add(u, author, count)) {
          misses++;
        }
      }
      // Dense notes (count close to the number of raters): fill up by a scan.
      for (int u = rng.nextInt(pool.raters), n = 0; chosen.size() < count && n < pool.raters;
          n++, u = (u + 1) % pool.raters) {
        add(u, author, count);
      }
      return cliqueMembers;
    }

    private boolean add(int u, int author, int count) {
      if (u == author || chosen.size() >= count || !chosen.add(u)) {
        return false;
      }
      order[chosen.size() - 1] = u;
      return true;
    }

    private void writeRating(ShardedTsvWriter out, SplittableRandom rng, long noteId, int rater,
        long noteCreatedAt, HelpfulnessLevel level, int lean) throws IOException {
      long delay = (long) (MEDIAN_RATING_DELAY_MILLIS * Math.exp(1.5 * rng.nextGaussian()));
      long at = noteCreatedAt + 1000 + delay;
      if (at >= config.endMillis()) {
        at = noteCreatedAt + (long) (rng.nextDouble() * (config.endMillis() - noteCreatedAt));
      }
      int tags = RatingTagSampler.draw(rng, level, lean);
      boolean sampled = rng.nextDouble() < SynthConfig.POPULATION_SAMPLED_FRACTION;
      SynthIds.participantId(config.seed(), rater, raterId);
      out.field(noteId).field(raterId).field(at).field(VERSION);
      out.flag(false).flag(false).flag(false).flag(false); // agree, disagree, helpful, notHelpful
      out.field(LEVEL_BYTES[level.ordinal()]);
      for (org.bridgewatch.scoring.model.RatingTag tag : TAGS) {
        out.flag((tags & tag.bit()) != 0);
      }
      out.field(postId).field(sampled ? SAMPLED_SOURCE : DEFAULT_SOURCE).empty().empty();
      out.endRow();
      pool.ratingCount[rater]++;
      levelCounts[level.ordinal()]++;
      ratingsWritten++;
    }
  }

  private void writeUsers(Path dir, RaterPool pool) throws IOException {
    try (ShardedTsvWriter enrollment = writer(dir, "userEnrollment",
            PublicTsvHeaders.USER_ENROLLMENT, 0);
        ShardedTsvWriter truth = new ShardedTsvWriter(dir, "raters_truth",
            PublicTsvHeaders.line(PublicTsvHeaders.RATERS_TRUTH), 0, false)) {
      for (int u = 0; u < pool.camp.length; u++) {
        SplittableRandom rng = new SplittableRandom(SynthIds.streamSeed(config.seed(), STREAM_USER, u));
        String id = SynthIds.participantId(config.seed(), u);
        UserRows.writeEnrollment(enrollment, rng, config, pool, u, id);
        UserRows.writeTruth(truth, pool, u, id);
      }
    }
    Files.move(dir.resolve("raters_truth-00000.tsv"), dir.resolve("raters_truth.tsv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
