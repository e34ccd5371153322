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
 * time, partners with a larger index only, so each pair once; each group's raters are sorted, so
 * a rater reads only the entries after its own), which needs no map, keeps nothing but the pairs
 * above the bars, and runs in parallel over fixed chunks of raters whose results are
 * merged in chunk order: the output does not depend on the thread count.
 */
final class AlignedPairs {
  private static final int CHUNK = 1024;

  /** Pooled raters, and seeds as {pair key, count} in chunk order (callers sort them). */
  record Result(boolean[] pooled, List<long[]> seeds) {}

  /** High bit of a rater's entry: the first entry of a new post for that rater. */
  private static final int NEW_POST = 1 << 31;

  private final int participants;
  /**
   * (note, value) groups in post order, each group's raters ascending and followed by -1: the
   * partners a rater may pair with from a group are the entries after its own.
   */
  private final int[] groupRaters;
  /** Per rater: its positions in groupRaters, in post order, first of each post marked. */
  private final int[] raterStart;
  private final int[] raterEntries;

  private AlignedPairs(int participants, int[] groupRaters, int[] raterStart, int[] raterEntries) {
    this.participants = participants;
    this.groupRaters = groupRaters;
    this.raterStart = raterStart;
    this.raterEntries = raterEntries;
  }

  static Result count(NoteTable notes, RatingTable ratings, RatingsByTweet grouped,
      int participants, int minAligned, int seedAbove, int threads) {
    return index(notes, ratings, grouped, participants).count(minAligned, seedAbove, threads);
  }

  private static AlignedPairs index(
      NoteTable notes, RatingTable ratings, RatingsByTweet grouped, int participants) {
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
        int from = members.size();
        members.addAll(raters);
        Arrays.sort(members.elements(), from, members.size());
        members.add(-1);
        posts.add(post);
      }
    }
    int[] groupRaters = members.toIntArray();
    int[] raterStart = new int[participants + 1];
    for (int rater : groupRaters) {
      if (rater >= 0) {
        raterStart[rater + 1]++;
      }
    }
    for (int p = 0; p < participants; p++) {
      raterStart[p + 1] += raterStart[p];
    }
    int[] fill = Arrays.copyOf(raterStart, participants);
    int[] lastPost = new int[participants];
    Arrays.fill(lastPost, -1);
    int[] raterEntries = new int[raterStart[participants]];
    int g = 0;
    for (int k = 0; k < groupRaters.length; k++) {
      int rater = groupRaters[k];
      if (rater < 0) {
        g++;
        continue;
      }
      int mark = 0;
      if (lastPost[rater] != posts.getInt(g)) {
        lastPost[rater] = posts.getInt(g);
        mark = NEW_POST;
      }
      raterEntries[fill[rater]++] = k | mark;
    }
    return new AlignedPairs(participants, groupRaters, raterStart, raterEntries);
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

  /** One worker's counting of aligned ratings, rater after rater. */
  private final class Counter {
    private final PartnerCounts counts;

    Counter(int participants) {
      counts = new PartnerCounts(participants);
    }

    void countPartners(int a, int minAligned, int seedAbove, LongArrayList pooled,
        List<long[]> seeds) {
      for (int k = raterStart[a]; k < raterStart[a + 1]; k++) {
        int entry = raterEntries[k];
        if ((entry & NEW_POST) != 0) {
          counts.newPost();
        }
        // Later entries of the group have larger indexes: each pair is counted from its smaller
        // rater only; PartnerCounts counts each post once per pair.
        int b;
        for (int y = (entry & ~NEW_POST) + 1; (b = groupRaters[y]) >= 0; y++) {
          if (b != a) {
            counts.count(b);
          }
        }
      }
      counts.drain((b, aligned) -> {
        long key = PairKeys.of(a, b);
        if (aligned >= minAligned) {
          pooled.add(key);
        }
        if (aligned > seedAbove) {
          seeds.add(new long[] {key, aligned});
        }
      });
    }
  }
}
