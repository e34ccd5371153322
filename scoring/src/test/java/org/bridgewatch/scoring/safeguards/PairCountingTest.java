package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

/**
 * The dense per-rater pair counting ({@link CoRatingPairs}, {@link AlignedPairs}) against a
 * brute-force count over all rating pairs, on small random tables: ratings on a coarse time grid
 * (so pairs exactly one window apart are common), posts with several notes, duplicate ratings,
 * notes without a post, and rows left out by {@code include}.
 */
class PairCountingTest {
  private static final long MINUTE = 60_000L;
  private static final HelpfulnessLevel[] LEVELS = HelpfulnessLevel.values();

  private record World(NoteTable notes, RatingTable ratings, boolean[] include, int raters) {}

  private static World world(long seed) {
    Random random = new Random(seed);
    Synth s = new Synth();
    int raters = 8 + random.nextInt(30);
    int posts = 3 + random.nextInt(12);
    int notes = posts + random.nextInt(3 * posts);
    for (int n = 0; n < notes; n++) {
      long tweet = random.nextInt(8) == 0 ? -1L : 100 + random.nextInt(posts);
      s.note("r" + random.nextInt(raters), 0, tweet);
    }
    int ratings = random.nextInt(40 * raters);
    for (int i = 0; i < ratings; i++) {
      // Five-minute grid over two hours: 20-minute windows both hold and just miss.
      long at = 5 * MINUTE * random.nextInt(25);
      s.rate("r" + random.nextInt(raters), random.nextInt(notes), at,
          LEVELS[random.nextInt(LEVELS.length)]);
    }
    boolean[] include = new boolean[ratings];
    for (int i = 0; i < ratings; i++) {
      include[i] = random.nextInt(10) != 0;
    }
    return new World(s.notes(), s.ratings(), include, s.participants.size());
  }

  @Test
  void coRatingCountsMatchBruteForce() {
    for (long seed = 0; seed < 200; seed++) {
      World w = world(seed);
      PostSelectionSimilarityOptions options = options(1 + (int) (seed % 5));
      Map<Long, Long> expected = bruteCoRatings(w, options);
      for (int threads : new int[] {1, 3}) {
        CoRatingPairs index =
            CoRatingPairs.index(w.notes, w.ratings, w.include, w.raters, options);
        assertThat(toMap(index.pairs((co, a, b) -> true, threads)))
            .as("seed %d, %d threads", seed, threads)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void coRatingTotalsMatchBruteForce() {
    World w = world(7);
    CoRatingPairs index =
        CoRatingPairs.index(w.notes, w.ratings, w.include, w.raters, options(1));
    Map<Integer, Set<Long>> postsByRater = new TreeMap<>();
    for (int r = 0; r < w.ratings.size; r++) {
      long tweet = w.notes.tweetId[w.ratings.note[r]];
      if (w.include[r] && tweet != -1L) {
        postsByRater.computeIfAbsent(w.ratings.rater[r], k -> new HashSet<>()).add(tweet);
      }
    }
    long n = 0;
    for (int p = 0; p < w.raters; p++) {
      int posts = postsByRater.getOrDefault(p, Set.of()).size();
      assertThat(index.postTotal[p]).isEqualTo(posts);
      n += posts;
    }
    assertThat(index.distinctPostRaters).isEqualTo(n);
  }

  @Test
  void alignedCountsMatchBruteForce() {
    for (long seed = 0; seed < 200; seed++) {
      World w = world(1000 + seed);
      RatingsByTweet grouped =
          RatingsByTweet.build(
              w.ratings, w.notes, r -> w.include[r] && w.notes.tweetId[w.ratings.note[r]] != -1L);
      Map<Long, Long> expected = bruteAligned(w);
      for (int threads : new int[] {1, 3}) {
        // Every pair is a seed at seedAbove 0: the seeds are the full count.
        AlignedPairs.Result all =
            AlignedPairs.count(w.notes, w.ratings, grouped, w.raters, 1, 0, threads);
        assertThat(toMap(all.seeds())).as("seed %d, %d threads", seed, threads)
            .isEqualTo(expected);
        AlignedPairs.Result barred =
            AlignedPairs.count(w.notes, w.ratings, grouped, w.raters, 3, 2, threads);
        boolean[] pooled = new boolean[w.raters];
        Map<Long, Long> seeds = new TreeMap<>();
        expected.forEach(
            (key, count) -> {
              if (count >= 3) {
                pooled[PairKeys.first(key)] = true;
                pooled[PairKeys.second(key)] = true;
              }
              if (count > 2) {
                seeds.put(key, count);
              }
            });
        assertThat(barred.pooled()).isEqualTo(pooled);
        assertThat(toMap(barred.seeds())).isEqualTo(seeds);
      }
    }
  }

  private static PostSelectionSimilarityOptions options(int minUniquePosts) {
    PostSelectionSimilarityOptions d = PostSelectionSimilarityOptions.DEFAULTS;
    return new PostSelectionSimilarityOptions(
        d.pmiRegularization(), d.smoothedNpmiThreshold(), d.minimumRatingProportionThreshold(),
        minUniquePosts, d.minSimPseudocounts(), d.windowMillis(), d.latencyMinutes(),
        d.writerCoverageThresholds(), d.raterAffinityThresholds(), d.minDenom());
  }

  /** Per post, every pair of ratings of one note at most a window apart; a post once per pair. */
  private static Map<Long, Long> bruteCoRatings(World w, PostSelectionSimilarityOptions options) {
    Map<Integer, Set<Long>> postsByRater = new TreeMap<>();
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < w.ratings.size; r++) {
      long tweet = w.notes.tweetId[w.ratings.note[r]];
      if (w.include[r] && tweet != -1L) {
        rows.add(r);
        postsByRater.computeIfAbsent(w.ratings.rater[r], k -> new HashSet<>()).add(tweet);
      }
    }
    Set<String> pairPosts = new HashSet<>();
    Map<Long, Long> counts = new TreeMap<>();
    for (int x : rows) {
      for (int y : rows) {
        int a = w.ratings.rater[x];
        int b = w.ratings.rater[y];
        if (a >= b
            || w.ratings.note[x] != w.ratings.note[y]
            || Math.abs(w.ratings.createdAtMillis[x] - w.ratings.createdAtMillis[y])
                > options.windowMillis()
            || postsByRater.get(a).size() < options.minUniquePosts()
            || postsByRater.get(b).size() < options.minUniquePosts()) {
          continue;
        }
        long key = PairKeys.of(a, b);
        if (pairPosts.add(key + "@" + w.notes.tweetId[w.ratings.note[x]])) {
          counts.merge(key, 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  /** Per post, every pair of raters giving one note the same value; a post once per pair. */
  private static Map<Long, Long> bruteAligned(World w) {
    Set<String> pairPosts = new HashSet<>();
    Map<Long, Long> counts = new TreeMap<>();
    for (int x = 0; x < w.ratings.size; x++) {
      for (int y = 0; y < w.ratings.size; y++) {
        int a = w.ratings.rater[x];
        int b = w.ratings.rater[y];
        int note = w.ratings.note[x];
        if (a >= b
            || !w.include[x]
            || !w.include[y]
            || note != w.ratings.note[y]
            || w.notes.tweetId[note] == -1L
            || w.ratings.level[x] != w.ratings.level[y]) {
          continue;
        }
        long key = PairKeys.of(a, b);
        if (pairPosts.add(key + "@" + w.notes.tweetId[note])) {
          counts.merge(key, 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private static Map<Long, Long> toMap(List<long[]> pairs) {
    Map<Long, Long> out = new TreeMap<>();
    for (long[] pair : pairs) {
      assertThat(out.put(pair[0], pair[1])).as("pair listed twice").isNull();
    }
    return out;
  }
}
