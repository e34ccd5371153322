package org.bridgewatch.scoring.synth;

import java.io.IOException;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.EnrollmentState;

/** Writes a user's userEnrollment row and raters_truth row. */
final class UserRows {
  private static final long DAY = 86_400_000L;

  private UserRows() {}

  static void writeEnrollment(ShardedTsvWriter out, SplittableRandom rng, SynthConfig config,
      RaterPool pool, int u, String id) throws IOException {
    EnrollmentState state = EnrollmentState.ofCode(pool.enrollment[u]);
    boolean earnedOut = state == EnrollmentState.EARNED_OUT_ACKNOWLEDGED
        || state == EnrollmentState.EARNED_OUT_NO_ACKNOWLEDGE;
    int timesEarnedOut = earnedOut ? 1 + rng.nextInt(3) : 0;
    long lastChange = config.startMillis() - (long) (rng.nextDouble() * 365 * DAY);
    int group = pool.group[u];
    out.field(id).field(state.tsv);
    out.field(earnedOut ? 5L + 5L * Math.min(2, timesEarnedOut) : 5L);
    out.field(lastChange);
    out.field(earnedOut ? lastChange - (long) (rng.nextDouble() * 30 * DAY) : 1L);
    out.field(RaterPool.isCoreGroup(group) ? "CORE" : "EXPANSION");
    out.field(group).field(timesEarnedOut);
    out.endRow();
  }

  static void writeTruth(ShardedTsvWriter out, RaterPool pool, int u, String id)
      throws IOException {
    out.field(id).field(RaterPool.CAMP_NAMES[pool.camp[u]]);
    out.field(NoteRows.fixed4(pool.viewpoint[u])).field(NoteRows.fixed4(pool.leniency[u]));
    out.field(NoteRows.fixed4(pool.activity[u])).field(pool.group[u]);
    out.field(EnrollmentState.ofCode(pool.enrollment[u]).tsv);
    out.field(pool.ratingCount[u]).field(pool.noteCount[u]).field(pool.cliqueId[u]);
    out.endRow();
  }
}
