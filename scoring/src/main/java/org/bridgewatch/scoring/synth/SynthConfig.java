package org.bridgewatch.scoring.synth;

/**
 * Parameters of a synthetic dataset. Defaults mirror the parity fixtures' generator.
 *
 * @param notes number of notes
 * @param raters number of human raters (two AI note writers are added on top)
 * @param totalRatings exact number of ratings to write (capped by notes x raters)
 * @param seed the only source of randomness: same config, same bytes
 * @param endMillis time of the newest note / rating; the fixture's "now" is one hour later
 * @param days length of the window in which notes are created
 * @param noteStatusHistory write a plausible earlier scoring run (true) or a header-only file
 * @param gzip write {@code .tsv.gz} files
 * @param shardRows rows per shard file of notes / ratings / status history; 0 = one file each
 */
public record SynthConfig(
    int notes,
    int raters,
    long totalRatings,
    long seed,
    long endMillis,
    double days,
    boolean noteStatusHistory,
    boolean gzip,
    long shardRows) {

  /** The fixtures' end of data window: 2026-11-01T00:00Z. */
  public static final long DEFAULT_END_MILLIS = 1793491200000L;

  // Latent-model constants (the fixtures' generator defaults).
  static final double[] KIND_PROBS = {0.22, 0.30, 0.33, 0.15};
  static final double[] CAMP_PROBS = {0.42, 0.42, 0.16};
  static final double NOISE_SD = 0.5;
  static final double WRITER_FRACTION = 0.25;
  static final double AI_WRITER_NOTE_FRACTION = 0.03;
  static final double POPULATION_SAMPLED_FRACTION = 0.08;
  static final double GROUP_LOCALITY = 0.85;
  static final int MIN_GROUP_RATERS = 8;
  static final double TOPIC_FRACTION = 0.24;
  static final double LOCK_DAYS = 14.0;

  public SynthConfig {
    if (notes < 1 || raters < 2) {
      throw new IllegalArgumentException("need at least 1 note and 2 raters");
    }
    if (totalRatings < 0 || days <= 0) {
      throw new IllegalArgumentException("ratings must be >= 0 and days > 0");
    }
    totalRatings = Math.min(totalRatings, (long) notes * (raters - 1));
  }

  /** A config with the fixtures' defaults: 35 days ending at {@link #DEFAULT_END_MILLIS}. */
  public static SynthConfig of(int notes, int raters, long totalRatings, long seed) {
    return new SynthConfig(notes, raters, totalRatings, seed, DEFAULT_END_MILLIS, 35.0, true,
        false, 0);
  }

  public SynthConfig withEndMillis(long millis) {
    return new SynthConfig(notes, raters, totalRatings, seed, millis, days, noteStatusHistory, gzip,
        shardRows);
  }

  public SynthConfig withDays(double d) {
    return new SynthConfig(notes, raters, totalRatings, seed, endMillis, d, noteStatusHistory, gzip,
        shardRows);
  }

  public SynthConfig withNoteStatusHistory(boolean history) {
    return new SynthConfig(notes, raters, totalRatings, seed, endMillis, days, history, gzip,
        shardRows);
  }

  public SynthConfig withGzip(boolean g) {
    return new SynthConfig(notes, raters, totalRatings, seed, endMillis, days, noteStatusHistory, g,
        shardRows);
  }

  public SynthConfig withShardRows(long rows) {
    return new SynthConfig(notes, raters, totalRatings, seed, endMillis, days, noteStatusHistory,
        gzip, rows);
  }

  public long startMillis() {
    return endMillis - Math.round(days * 86_400_000.0);
  }

  /** The "now" to score the data at: one hour after the newest data, as in the fixtures. */
  public long suggestedEpochMillis() {
    return endMillis + 3_600_000L;
  }
}
