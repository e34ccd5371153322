package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.parallel.FixedChunks;

/**
 * Post selection similarity, second mechanism (NPMI and minSim): two raters co-rate a post when
 * they rate one of its notes within 20 minutes of each other; each post counts once per pair. A
 * pair is linked when its smoothed normalized PMI, or its co-ratings over the smaller rater's post
 * count, is high. Raters on fewer than {@code minUniquePosts} posts are never linked, so their
 * ratings are left out before counting (the time window is in milliseconds, not in ratings, so
 * removing them changes no other pair's count).
 *
 * <p>Why not one hash map over all pairs (as the reference does): the co-rating pairs number in
 * the hundreds of millions at scale. Here each rater's partners are counted in a dense array, one
 * rater at a time and partners with a larger index only (each pair once), the way {@link
 * AlignedPairs} counts; only linked pairs are kept. Work runs over fixed chunks of raters whose
 * results are merged in chunk order, so the output does not depend on the thread count.
 *
 * <p>Memory: the eligible ratings laid out note by note in time order, with a separator slot after
 * each note (two ints a slot: rater, end of its time window), one int per eligible rating for the
 * per-rater index, and per worker two ints per participant.
 */
final class CoRatingPairs {
  private static final int CHUNK = 1024;
  /** High bit of a rater's slot entry: the first slot of a new post for that rater. */
  private static final int NEW_POST = 1 << 31;

  /** Decides, from a pair's co-rating count, whether to keep it. */
  interface PairFilter {
    boolean keep(int coRatings, int a, int b);
  }

  /** Distinct posts per participant. */
  final int[] postTotal;
  /** N: distinct (post, rater) pairs over all selected ratings. */
  final long distinctPostRaters;
  /** Per slot: the rater, or -1 on the separators (slot 0 and the slot after each note). */
  private final int[] slotRater;
  /** Per slot: one past the last later slot of the same note within the window of this one. */
  private final int[] windowEnd;
  /** Per participant: its slots, in post order, the first of each post marked {@link #NEW_POST}. */
  private final int[] raterStart;
  private final int[] raterSlots;

  private CoRatingPairs(int[] postTotal, long distinctPostRaters, int[] slotRater,
      int[] windowEnd, int[] raterStart, int[] raterSlots) {
    this.postTotal = postTotal;
    this.distinctPostRaters = distinctPostRaters;
    this.slotRater = slotRater;
    this.windowEnd = windowEnd;
    this.raterStart = raterStart;
    this.raterSlots = raterSlots;
  }

  static void link(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int participantCount,
      PostSelectionSimilarityOptions options,
      Components components,
      int threads) {
    CoRatingPairs index = index(notes, ratings, include, participantCount, options);
    int[] total = index.postTotal;
    long n = index.distinctPostRaters;
    List<long[]> pairs =
        index.pairs((co, a, b) -> linked(co, total[a], total[b], n, options), threads);
    for (long[] pair : pairs) {
      components.link(PairKeys.first(pair[0]), PairKeys.second(pair[0]));
    }
  }

  static CoRatingPairs index(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int participantCount,
      PostSelectionSimilarityOptions options) {
    RatingsByTweet grouped =
        RatingsByTweet.build(
            ratings,
            notes,
            r -> (include == null || include[r]) && notes.tweetId[ratings.note[r]] != -1L);
    int[] order = grouped.notesInTweetOrder;

    // Distinct posts per rater, and N = distinct (post, rater) pairs.
    int[] postTotal = new int[participantCount];
    int[] lastPost = new int[participantCount];
    Arrays.fill(lastPost, -1);
    long distinctPostRaters = 0;
    int post = -1;
    for (int i = 0; i < order.length; i++) {
      int note = order[i];
      if (i == 0 || notes.tweetId[note] != notes.tweetId[order[i - 1]]) {
        post++;
      }
      for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
        int rater = ratings.rater[grouped.rows[x]];
        if (lastPost[rater] != post) {
          lastPost[rater] = post;
          postTotal[rater]++;
          distinctPostRaters++;
        }
      }
    }
    int minPosts = options.minUniquePosts();

    // Slots: eligible ratings only, note by note; per rater, how many.
    int[] raterStart = new int[participantCount + 1];
    long slots = 1;
    for (int note : order) {
      int eligible = 0;
      for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
        int rater = ratings.rater[grouped.rows[x]];
        if (postTotal[rater] >= minPosts) {
          raterStart[rater + 1]++;
          eligible++;
        }
      }
      if (eligible > 0) {
        slots += eligible + 1;
      }
    }
    if (slots > Integer.MAX_VALUE) {
      throw new IllegalStateException("too many ratings for the co-rating index: " + slots);
    }
    for (int p = 0; p < participantCount; p++) {
      raterStart[p + 1] += raterStart[p];
    }
    int[] slotRater = new int[(int) slots];
    int[] windowEnd = new int[(int) slots];
    int[] raterSlots = new int[raterStart[participantCount]];
    int[] fill = Arrays.copyOf(raterStart, participantCount);
    Arrays.fill(lastPost, -1);
    long[] time = ratings.createdAtMillis;
    long window = options.windowMillis();
    slotRater[0] = -1;
    int s = 1;
    post = -1;
    for (int i = 0; i < order.length; i++) {
      int note = order[i];
      if (i == 0 || notes.tweetId[note] != notes.tweetId[order[i - 1]]) {
        post++;
      }
      int first = s;
      for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
        int rater = ratings.rater[grouped.rows[x]];
        if (postTotal[rater] < minPosts) {
          continue;
        }
        int mark = 0;
        if (lastPost[rater] != post) {
          lastPost[rater] = post;
          mark = NEW_POST;
        }
        raterSlots[fill[rater]++] = s | mark;
        slotRater[s] = rater;
        windowEnd[s] = x; // the grouped position for now; the window pass below replaces it
        s++;
      }
      if (s == first) {
        continue;
      }
      // Rows are in time order: the window end only moves forward.
      int end = first;
      for (int k = first; k < s; k++) {
        long t = time[grouped.rows[windowEnd[k]]];
        while (end < s && time[grouped.rows[windowEnd[end]]] - t <= window) {
          end++;
        }
        windowEnd[k] = end;
      }
      slotRater[s++] = -1;
    }
    return new CoRatingPairs(
        postTotal, distinctPostRaters, slotRater, windowEnd, raterStart, raterSlots);
  }

  /**
   * The pairs {@code filter} keeps, as {pair key, co-ratings}, in chunk order (ascending smaller
   * rater; within a rater, in order of first co-rating).
   */
  List<long[]> pairs(PairFilter filter, int threads) {
    int participants = raterStart.length - 1;
    int chunks = FixedChunks.count(participants, CHUNK);
    List<List<long[]>> byChunk = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      byChunk.add(null);
    }
    FixedChunks.run(participants, CHUNK, threads, "co-rating-pairs",
        () -> new Counter(participants),
        (counter, c, from, to) -> {
          List<long[]> kept = new ArrayList<>();
          for (int a = from; a < to; a++) {
            counter.countPartners(a, filter, kept);
          }
          byChunk.set(c, kept);
        });
    List<long[]> out = new ArrayList<>();
    for (List<long[]> kept : byChunk) {
      out.addAll(kept);
    }
    return out;
  }

  /** One worker's counting of co-ratings, rater after rater. */
  private final class Counter {
    private final PartnerCounts counts;

    Counter(int participants) {
      counts = new PartnerCounts(participants);
    }

    void countPartners(int a, PairFilter filter, List<long[]> kept) {
      for (int k = raterStart[a]; k < raterStart[a + 1]; k++) {
        int entry = raterSlots[k];
        if ((entry & NEW_POST) != 0) {
          counts.newPost();
        }
        int x = entry & ~NEW_POST;
        // Earlier ratings of the note whose window reaches this one, then later ones in its window.
        for (int y = x - 1; slotRater[y] >= 0 && windowEnd[y] > x; y--) {
          visit(a, slotRater[y]);
        }
        for (int y = x + 1, end = windowEnd[x]; y < end; y++) {
          visit(a, slotRater[y]);
        }
      }
      counts.drain((b, coRatings) -> {
        if (filter.keep(coRatings, a, b)) {
          kept.add(new long[] {PairKeys.of(a, b), coRatings});
        }
      });
    }

    private void visit(int a, int b) {
      // Each pair once (from its smaller rater), each post once per pair.
      if (b > a) {
        counts.count(b);
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
}
