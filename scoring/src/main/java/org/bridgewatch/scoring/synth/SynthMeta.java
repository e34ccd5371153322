package org.bridgewatch.scoring.synth;

import java.util.Locale;

/** The {@code meta.json} of a generated dataset: parameters, time window and counts. */
final class SynthMeta {
  private SynthMeta() {}

  static String json(SynthConfig config, SynthSummary summary, RaterPool pool) {
    int[] kinds = summary.kindCounts();
    long[] levels = summary.levelCounts();
    return String.format(Locale.ROOT, """
        {
          "generator": "bridgewatch-synth",
          "args": {
            "notes": %d,
            "raters": %d,
            "ratings": %d,
            "seed": %d,
            "end_millis": %d,
            "days": %s,
            "nsh": "%s",
            "gzip": %b,
            "shard_rows": %d
          },
          "endMillis": %d,
          "startMillis": %d,
          "suggestedEpochMillis": %d,
          "counts": {
            "notes": %d,
            "users": %d,
            "humanRaters": %d,
            "aiWriters": %d,
            "ratings": %d,
            "ratingShards": %d,
            "kinds": {"bridging": %d, "polarizing": %d, "unhelpful": %d, "noise": %d},
            "levels": {"HELPFUL": %d, "SOMEWHAT_HELPFUL": %d, "NOT_HELPFUL": %d},
            "cliques": %d
          }
        }
        """,
        config.notes(), config.raters(), config.totalRatings(), config.seed(), config.endMillis(),
        Double.toString(config.days()), config.noteStatusHistory() ? "history" : "empty",
        config.gzip(), config.shardRows(), config.endMillis(), config.startMillis(),
        config.suggestedEpochMillis(), summary.notes(), summary.users(), config.raters(),
        RaterPool.AI_WRITERS, summary.ratings(), summary.ratingShards(), kinds[0], kinds[1],
        kinds[2], kinds[3], levels[2], levels[1], levels[0], pool.cliqueCount());
  }
}
