package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.parallel.FixedChunks;

/**
 * Quasi-clique detection's pair counts: for each rater pair, on how many posts the two gave some
 * note the same rating value. Only the pairs that matter leave here: those aligned on at least
 * {@code minAligned} posts mark both raters as pooled, and those aligned on more than
 * {@code seedAbove} posts become clique seeds.
 *
 * <p>Why not one hash map over all pairs: the pairs are quadratic in the raters of each (note,
 * value) group, and at tens of millions of ratings that map was the largest memory and time cost
 * of preparing ratings. Here each rater's partners are counted in a dense array (one rater at a
 * time, partners with a larger index only, so each pair once), which needs no map, keeps nothing
 * but the pairs above the bars, and runs in parallel over fixed chunks of raters whose results are
 * merged in chunk order: the output does not depend on the thread count.
 */
final class AlignedPairs {
  private static final int CHUNK = 1024;

  /** Pooled raters, and seeds as {pair key, count} in chunk order (callers sort them). */
  record Result(boolean[] pooled, List<long[]> seeds) {}

  private final int participants;
  /** (note, value) groups in post order; group g's raters are groupRaters[groupStart[g]..]. */
  private final int[] groupStart;
  private final int[] groupRaters;
  /** Per group: the index of its post in post order. */
  private final int[] groupPost;
  /** Per rater: its groups, ascending (so in post order). */
  private final int[] raterStart;
  private final int[] raterGroups;

  private AlignedPairs(int participants, int[] groupStart, int[] groupRaters, int[] groupPost,
      int[] raterStart, int[] raterGroups) {
    this.participants = participants;
    this.groupStart = groupStart;
    this.groupRaters = groupRaters;
    this.groupPost = groupPost;
    this.raterStart = raterStart;
    this.raterGroups = raterGroups;
  }

  static Result count(NoteTable notes, RatingTable ratings, RatingsByTweet grouped,
      int participants, int minAligned, int seedAbove, int threads) {
    return index(notes, ratings, grouped, participants).count(minAligned, seedAbove, threads);
  }

  private static AlignedPairs index(
      NoteTable notes, RatingTable ratings, RatingsByTweet grouped, int participants) {
    IntArrayList starts = new IntArrayList();
    IntArrayList members = new IntArrayList();
    IntArrayList posts = new IntArrayList();
    IntArrayList[] byValue = {new IntArrayList(), new IntArrayList(), new IntArrayList()};
    int[] order = grouped.notesInTweetOrder;
    int post = -1;
    for (int i = 0; i < order.length; i++) {
      int note = order[i];
      if (i == 0 || notes.tweetId[note] != notes.tweetId[order[i - 1]]) {
        post++;
      }
      for (IntArrayList list : byValue) {
        list.clear();
      }
      for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
        int r = grouped.rows[x];
        byValue[RatingValues.code(ratings, r)].add(ratings.rater[r]);
      }
      for (IntArrayList raters : byValue) {
        if (raters.size() < 2) {
          continue; // a lone rater aligns with nobody
        }
        starts.add(members.size());
        members.addAll(raters);
        posts.add(post);
      }
    }
    starts.add(members.size());
    int[] groupStart = starts.toIntArray();
    int[] groupRaters = members.toIntArray();
    int groups = posts.size();
    int[] raterStart = new int[participants + 1];
    for (int rater : groupRaters) {
      raterStart[rater + 1]++;
    }
    for (int p = 0; p < participants; p++) {
      raterStart[p + 1] += raterStart[p];
    }
    int[] fill = Arrays.copyOf(raterStart, participants);
    int[] raterGroups = new int[groupRaters.length];
    for (int g = 0; g < groups; g++) {
      for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
        raterGroups[fill[groupRaters[k]]++] = g;
      }
    }
    return new AlignedPairs(
        participants, groupStart, groupRaters, posts.toIntArray(), raterStart, raterGroups);
  }

  private Result count(int minAligned, int seedAbove, int threads) {
    int chunks = FixedChunks.count(participants, CHUNK);
    LongArrayList[] pooledPairs = new LongArrayList[chunks];
    List<List<long[]>> seedsByChunk = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      seedsByChunk.add(null);
    }
    FixedChunks.run(participants, CHUNK, threads, "aligned-pairs",
        () -> new Counter(participants),
        (counter, c, from, to) -> {
          LongArrayList pooled = new LongArrayList();
          List<long[]> seeds = new ArrayList<>();
          for (int a = from; a < to; a++) {
            counter.countPartners(a, minAligned, seedAbove, pooled, seeds);
          }
          pooledPairs[c] = pooled;
          seedsByChunk.set(c, seeds);
        });
    boolean[] pooled = new boolean[participants];
    List<long[]> seeds = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      LongArrayList pairs = pooledPairs[c];
      for (int i = 0; i < pairs.size(); i++) {
        pooled[PairKeys.first(pairs.getLong(i))] = true;
        pooled[PairKeys.second(pairs.getLong(i))] = true;
      }
      seeds.addAll(seedsByChunk.get(c));
    }
    return new Result(pooled, seeds);
  }

  /** One worker's dense counting arrays, reused rater after rater. */
  private final class Counter {
    private final int[] count;
    private final int[] lastPost;
    private final IntArrayList touched = new IntArrayList();

    Counter(int participants) {
      count = new int[participants];
      lastPost = new int[participants];
      Arrays.fill(lastPost, -1);
    }

    void countPartners(int a, int minAligned, int seedAbove, LongArrayList pooled,
        List<long[]> seeds) {
      for (int k = raterStart[a]; k < raterStart[a + 1]; k++) {
        int g = raterGroups[k];
        int post = groupPost[g];
        for (int x = groupStart[g]; x < groupStart[g + 1]; x++) {
          int b = groupRaters[x];
          if (b <= a || lastPost[b] == post) {
            continue; // each pair once (from its smaller rater), each post once per pair
          }
          if (count[b] == 0) {
            touched.add(b);
          }
          lastPost[b] = post;
          count[b]++;
        }
      }
      for (int i = 0; i < touched.size(); i++) {
        int b = touched.getInt(i);
        int aligned = count[b];
        long key = PairKeys.of(a, b);
        if (aligned >= minAligned) {
          pooled.add(key);
        }
        if (aligned > seedAbove) {
          seeds.add(new long[] {key, aligned});
        }
        count[b] = 0;
        lastPost[b] = -1;
      }
      touched.clear();
    }
  }
}
