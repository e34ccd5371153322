package org.bridgewatch.scoring.synth;

import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a note's row of the notes TSV and of truth.tsv. */
final class NoteRows {
  /** misleadingOther, FactualError, ManipulatedMedia, OutdatedInformation, MissingImportantContext, UnverifiedClaimAsFact, Satire. */
  private static final double[] MISLEADING_RATES = {0.10, 0.45, 0.10, 0.08, 0.35, 0.25, 0.05};
  /** notMisleadingOther, FactuallyCorrect, OutdatedButNotWhenWritten, ClearlySatire, PersonalOpinion. */
  private static final double[] NOT_MISLEADING_RATES = {0.15, 0.50, 0.05, 0.10, 0.30};
  private static final double LINK_PROBABILITY = 0.63;
  private static final double MEDIA_PROBABILITY = 0.05;
  private static final double COLLABORATIVE_PROBABILITY = 0.007;

  private NoteRows() {}

  static void writeNote(ShardedTsvWriter out, SplittableRandom rng, long noteId, String authorId,
      long createdAt, long postId, boolean notMisleading, int topic) throws IOException {
    out.field(noteId).field(authorId).field(createdAt).field(postId);
    out.field(notMisleading ? "NOT_MISLEADING" : "MISINFORMED_OR_POTENTIALLY_MISLEADING");
    out.empty().empty().empty(); // believable, harmful, validationDifficulty
    flags(out, rng, MISLEADING_RATES, !notMisleading, 1);
    flags(out, rng, NOT_MISLEADING_RATES, notMisleading, 1);
    boolean withLink = rng.nextDouble() < LINK_PROBABILITY;
    out.flag(withLink);
    out.field(NoteText.summary(rng, topic, withLink));
    out.flag(rng.nextDouble() < MEDIA_PROBABILITY);
    out.flag(rng.nextDouble() < COLLABORATIVE_PROBABILITY);
    out.endRow();
  }

  /** Independent 0/1 flags at the given rates; when {@code active}, at least {@code fallback}. */
  private static void flags(ShardedTsvWriter out, SplittableRandom rng, double[] rates,
      boolean active, int fallback) throws IOException {
    int bits = 0;
    if (active) {
      for (int k = 0; k < rates.length; k++) {
        bits |= rng.nextDouble() < rates[k] ? 1 << k : 0;
      }
      if (bits == 0) {
        bits = 1 << fallback;
      }
    }
    for (int k = 0; k < rates.length; k++) {
      out.flag((bits & (1 << k)) != 0);
    }
  }

  static void writeTruth(ShardedTsvWriter out, long noteId, NoteKind kind, int sign,
      double quality, double polarity, boolean notMisleading, long postId, String topic,
      int postGroup, String authorCamp, int numRatings, int helpful, long createdAt)
      throws IOException {
    out.field(noteId).field(kind.tsv).field(sign).field(fixed4(quality)).field(fixed4(polarity));
    out.field(notMisleading ? "NOT_MISLEADING" : "MISINFORMED_OR_POTENTIALLY_MISLEADING");
    out.field(postId).field(topic).field(postGroup).field(authorCamp).field(numRatings);
    out.field(numRatings == 0 ? "nan" : fixed4((double) helpful / numRatings));
    out.field(createdAt);
    out.endRow();
  }

  static String fixed4(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
