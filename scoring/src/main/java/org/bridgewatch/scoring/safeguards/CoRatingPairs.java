package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Post selection similarity, second mechanism (NPMI and minSim): two raters co-rate a post when
 * they rate one of its notes within 20 minutes of each other; each post counts once per pair. A
 * pair is linked when its smoothed normalized PMI, or its co-ratings over the smaller rater's post
 * count, is high. The candidate set is bounded by the time window, as in the reference.
 *
 * <p>Memory: one int per selected rating and per note (grouping), an int per participant, and a
 * hash map over co-rating pairs of raters with enough posts, about 16 bytes a pair; this map is the
 * dominant cost at scale, as it is in the reference.
 */
final class CoRatingPairs {
  private CoRatingPairs() {}

  static void link(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int participantCount,
      PostSelectionSimilarityOptions options,
      Components components) {
    RatingsByTweet grouped =
        RatingsByTweet.build(
            ratings,
            notes,
            r -> (include == null || include[r]) && notes.tweetId[ratings.note[r]] != -1L);
    int[] order = grouped.notesInTweetOrder;

    // Distinct posts per rater, and N = distinct (post, rater) pairs.
    int[] postTotal = new int[participantCount];
    int[] lastRun = new int[participantCount];
    long distinctPostRaters = 0;
    int run = 0;
    for (int i = 0; i < order.length; ) {
      int end = endOfTweet(notes, order, i);
      run++;
      for (int k = i; k < end; k++) {
        int note = order[k];
        for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
          int rater = ratings.rater[grouped.rows[x]];
          if (lastRun[rater] != run) {
            lastRun[rater] = run;
            postTotal[rater]++;
            distinctPostRaters++;
          }
        }
      }
      i = end;
    }
    int minPosts = options.minUniquePosts();

    Long2IntOpenHashMap coRatings = new Long2IntOpenHashMap();
    LongOpenHashSet seenInTweet = new LongOpenHashSet();
    long window = options.windowMillis();
    for (int i = 0; i < order.length; ) {
      int end = endOfTweet(notes, order, i);
      seenInTweet.clear();
      for (int k = i; k < end; k++) {
        int note = order[k];
        int from = grouped.start[note];
        int to = grouped.start[note + 1];
        int windowStart = from;
        for (int x = from; x < to; x++) {
          long t = ratings.createdAtMillis[grouped.rows[x]];
          while (t - ratings.createdAtMillis[grouped.rows[windowStart]] > window) {
            windowStart++;
          }
          int a = ratings.rater[grouped.rows[x]];
          if (postTotal[a] < minPosts) {
            continue;
          }
          for (int y = windowStart; y < x; y++) {
            int b = ratings.rater[grouped.rows[y]];
            if (a == b || postTotal[b] < minPosts) {
              continue;
            }
            long key = PairKeys.of(a, b);
            if (seenInTweet.add(key)) {
              coRatings.addTo(key, 1);
            }
          }
        }
      }
      i = end;
    }

    for (Long2IntMap.Entry e : coRatings.long2IntEntrySet()) {
      int a = PairKeys.first(e.getLongKey());
      int b = PairKeys.second(e.getLongKey());
      if (linked(e.getIntValue(), postTotal[a], postTotal[b], distinctPostRaters, options)) {
        components.link(a, b);
      }
    }
  }

  /** Smoothed NPMI or minSim rule for one pair. */
  static boolean linked(
      long coRatings, long left, long right, long n, PostSelectionSimilarityOptions options) {
    long pmi = options.pmiRegularization();
    double smoothedPmi = Math.log((double) (coRatings * n) / (double) ((left + pmi) * (right + pmi)));
    double smoothedNpmi = smoothedPmi / -Math.log((double) coRatings / (double) n);
    double minSim = (double) coRatings / (Math.min(left, right) + options.minSimPseudocounts());
    return smoothedNpmi >= options.smoothedNpmiThreshold()
        || minSim >= options.minimumRatingProportionThreshold();
  }

  private static int endOfTweet(NoteTable notes, int[] order, int i) {
    long tweet = notes.tweetId[order[i]];
    int end = i + 1;
    while (end < order.length && notes.tweetId[order[end]] == tweet) {
      end++;
    }
    return end;
  }
}
