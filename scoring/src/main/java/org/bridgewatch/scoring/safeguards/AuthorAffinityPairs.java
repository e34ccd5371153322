package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Post selection similarity, first mechanism ("rater affinity and writer coverage"): a rater and
 * an author are linked when the rater's quick Helpful ratings (within 1, 5 or 20 minutes of the
 * note's creation) concentrate on that author (rater affinity) or cover much of that author's notes
 * (writer coverage).
 *
 * <p>Memory: per latency one int per participant and a hash map over distinct (author, rater)
 * pairs with a quick Helpful rating, about 16 bytes a pair.
 */
final class AuthorAffinityPairs {
  private AuthorAffinityPairs() {}

  static void link(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int participantCount,
      PostSelectionSimilarityOptions options,
      Components components) {
    int[] latencies = options.latencyMinutes();
    double[] coverageThresholds = options.writerCoverageThresholds();
    double[] affinityThresholds = options.raterAffinityThresholds();
    int widest = 0;
    for (int l = 1; l < latencies.length; l++) {
      if (latencies[l] > latencies[widest]) {
        widest = l;
      }
    }
    int[] writerTotal = new int[participantCount];
    for (int i = 0; i < notes.size; i++) {
      writerTotal[notes.author[i]]++;
    }
    int[][] raterTotal = new int[latencies.length][participantCount];
    Long2IntOpenHashMap[] pairTotal = new Long2IntOpenHashMap[latencies.length];
    for (int l = 0; l < latencies.length; l++) {
      pairTotal[l] = new Long2IntOpenHashMap();
    }
    byte helpful = HelpfulnessLevel.HELPFUL.code();
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      if (note < 0 || (include != null && !include[r]) || ratings.level[r] != helpful) {
        continue;
      }
      long latency = ratings.createdAtMillis[r] - notes.createdAtMillis[note];
      int rater = ratings.rater[r];
      long key = ((long) notes.author[note] << 32) | rater;
      for (int l = 0; l < latencies.length; l++) {
        if (latency <= 60_000L * latencies[l]) {
          raterTotal[l][rater]++;
          pairTotal[l].addTo(key, 1);
        }
      }
    }
    // The reference's table has one row per pair seen at the widest latency; narrower latencies
    // are left-joined, so a pair absent there has no ratio at that latency.
    for (Long2IntMap.Entry e : pairTotal[widest].long2IntEntrySet()) {
      long key = e.getLongKey();
      int author = (int) (key >>> 32);
      int rater = (int) key;
      for (int l = 0; l < latencies.length; l++) {
        int pair = pairTotal[l].get(key);
        if (pair == 0) {
          continue;
        }
        boolean coverage =
            writerTotal[author] >= options.minDenom()
                && (double) pair / writerTotal[author] >= coverageThresholds[l];
        boolean affinity =
            raterTotal[l][rater] >= options.minDenom()
                && (double) pair / raterTotal[l][rater] >= affinityThresholds[l];
        if (coverage || affinity) {
          components.link(author, rater);
          break;
        }
      }
    }
  }
}
