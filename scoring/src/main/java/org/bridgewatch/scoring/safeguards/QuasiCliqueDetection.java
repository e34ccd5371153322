package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Rater independence ("quasi-clique detection"): dense subgraphs of raters and posts in which the
 * raters repeatedly rate the same notes the same way. Members are the correlated raters whose
 * ratings the NoCorrelated intercept run leaves out.
 *
 * <p>Only recent ratings of notes saying the post is misleading, on posts that still exist, count.
 * Two raters are aligned on a post when they gave one of its notes the same rating value; pairs
 * aligned on at least {@code minAlignedRatings} posts put both raters in the growth pool, and
 * pairs aligned on more than {@code minRaterPairCount} posts seed cliques, strongest first.
 *
 * <p>Memory: CSR indexes over the in-scope ratings ({@link AlignedPairs}; pairs are counted per
 * rater in a dense array and only those above the pool and seed bars are kept), then CSR indexes
 * over the pool's ratings (three ints per pooled rating).
 */
public final class QuasiCliqueDetection {
  private QuasiCliqueDetection() {}

  /**
   * The quasi-cliques, in the reference's output order (smallest first); clique i has
   * quasiCliqueValue i + 1. A rater can be grown into more than one clique.
   *
   * @param include the preprocessed rating rows, or null for all
   * @param rank {@link ParticipantOrder#ranks}
   */
  public static List<QuasiClique> detect(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      QuasiCliqueOptions options) {
    return detect(notes, ratings, include, rank, options, 1);
  }

  /** As above, counting rater pairs on {@code threads} threads (same result for any count). */
  public static List<QuasiClique> detect(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      QuasiCliqueOptions options,
      int threads) {
    boolean[] inScope = scope(notes, ratings, include, options);
    RatingsByTweet grouped = RatingsByTweet.build(ratings, notes, r -> inScope[r]);
    int participantCount = rank.length;
    AlignedPairs.Result pairs = AlignedPairs.count(notes, ratings, grouped, participantCount,
        options.minAlignedRatings(), options.minRaterPairCount(), threads);
    boolean[] pooled = pairs.pooled();
    List<long[]> seeds = new ArrayList<>(pairs.seeds());
    if (seeds.isEmpty()) {
      return List.of();
    }
    seeds.sort(
        (x, y) -> {
          int c = Long.compare(y[1], x[1]);
          if (c != 0) {
            return c;
          }
          int[] px = rankedPair(x[0], rank);
          int[] py = rankedPair(y[0], rank);
          c = Integer.compare(px[0], py[0]);
          return c != 0 ? c : Integer.compare(px[1], py[1]);
        });

    Pool pool = Pool.build(notes, ratings, grouped, pooled, rank);
    CliqueGrower grower = pool.grower(options);
    boolean[] consumed = new boolean[participantCount];
    List<QuasiClique> cliques = new ArrayList<>();
    for (long[] seed : seeds) {
      int a = PairKeys.first(seed[0]);
      int b = PairKeys.second(seed[0]);
      if (consumed[a] || consumed[b]) {
        continue;
      }
      CliqueGrower.Grown grown = grower.grow(pool.local[a], pool.local[b]);
      int[] raters = new int[grown.raters().length];
      for (int i = 0; i < raters.length; i++) {
        raters[i] = pool.participant[grown.raters()[i]];
        consumed[raters[i]] = true;
      }
      if (raters.length >= options.minCliqueRaters()) {
        IntArrays.mergeSort(raters, (x, y) -> Integer.compare(rank[x], rank[y]));
        cliques.add(new QuasiClique(raters, grown.tweets()));
      }
    }
    // The reference orders its output by clique size, ascending (a stable sort).
    cliques.sort((x, y) -> Integer.compare(x.raters().length, y.raters().length));
    return cliques;
  }

  /**
   * Per participant: the id (1..) of the first clique listing it, or 0. This is the reference's
   * quasiCliqueValue; raters listed by two cliques keep the lower id.
   */
  public static int[] quasiCliqueValues(List<QuasiClique> cliques, int participantCount) {
    int[] values = new int[participantCount];
    for (int i = cliques.size() - 1; i >= 0; i--) {
      for (int p : cliques.get(i).raters()) {
        values[p] = i + 1;
      }
    }
    return values;
  }

  private static int[] rankedPair(long key, int[] rank) {
    int ra = rank[PairKeys.first(key)];
    int rb = rank[PairKeys.second(key)];
    return ra < rb ? new int[] {ra, rb} : new int[] {rb, ra};
  }

  /** Recent notes (by note creation, relative to the newest rated note), live posts, misleading. */
  private static boolean[] scope(
      NoteTable notes, RatingTable ratings, boolean[] include, QuasiCliqueOptions options) {
    long newestNote = Long.MIN_VALUE;
    for (int r = 0; r < ratings.size; r++) {
      if (ratings.note[r] >= 0 && (include == null || include[r])) {
        newestNote = Math.max(newestNote, notes.createdAtMillis[ratings.note[r]]);
      }
    }
    byte misleading = Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code();
    boolean[] inScope = new boolean[ratings.size];
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      inScope[r] =
          note >= 0
              && (include == null || include[r])
              && notes.createdAtMillis[note] > newestNote - options.recencyCutoffMillis()
              && notes.tweetId[note] != -1L
              && notes.classification[note] == misleading
              && RatingValues.code(ratings, r) >= 0;
    }
    return inScope;
  }

  /** The growth pool: pooled raters' in-scope ratings, indexed both ways. */
  private record Pool(
      int[] participant,
      int[] local,
      int[] raterStart,
      int[] raterGroups,
      int[] groupStart,
      int[] groupRaters,
      long[] groupTweet,
      int[] localRank) {

    static Pool build(
        NoteTable notes, RatingTable ratings, RatingsByTweet grouped, boolean[] pooled, int[] rank) {
      int participantCount = pooled.length;
      int[] local = new int[participantCount];
      Arrays.fill(local, -1);
      IntArrayList members = new IntArrayList();
      for (int p = 0; p < participantCount; p++) {
        if (pooled[p]) {
          members.add(p);
        }
      }
      int[] participant = members.toIntArray();
      IntArrays.mergeSort(participant, (x, y) -> Integer.compare(rank[x], rank[y]));
      int[] localRank = new int[participant.length];
      for (int i = 0; i < participant.length; i++) {
        local[participant[i]] = i;
        localRank[i] = i;
      }
      // Groups are (note, rating value), numbered in post order.
      IntArrayList groupOfRow = new IntArrayList();
      IntArrayList raterOfRow = new IntArrayList();
      List<Long> tweets = new ArrayList<>();
      int[] groupIds = new int[3];
      for (int note : grouped.notesInTweetOrder) {
        Arrays.fill(groupIds, -1);
        for (int x = grouped.start[note]; x < grouped.start[note + 1]; x++) {
          int r = grouped.rows[x];
          int who = local[ratings.rater[r]];
          if (who < 0) {
            continue;
          }
          int value = RatingValues.code(ratings, r);
          if (groupIds[value] < 0) {
            groupIds[value] = tweets.size();
            tweets.add(notes.tweetId[note]);
          }
          groupOfRow.add(groupIds[value]);
          raterOfRow.add(who);
        }
      }
      long[] groupTweet = new long[tweets.size()];
      for (int g = 0; g < groupTweet.length; g++) {
        groupTweet[g] = tweets.get(g);
      }
      int[][] byRater = csr(raterOfRow, groupOfRow, participant.length);
      int[][] byGroup = csr(groupOfRow, raterOfRow, groupTweet.length);
      return new Pool(
          participant, local, byRater[0], byRater[1], byGroup[0], byGroup[1], groupTweet, localRank);
    }

    CliqueGrower grower(QuasiCliqueOptions options) {
      return new CliqueGrower(
          raterStart, raterGroups, groupStart, groupRaters, groupTweet, localRank, options);
    }

    private static int[][] csr(IntArrayList keys, IntArrayList values, int keyCount) {
      int[] start = new int[keyCount + 1];
      for (int i = 0; i < keys.size(); i++) {
        start[keys.getInt(i) + 1]++;
      }
      for (int k = 0; k < keyCount; k++) {
        start[k + 1] += start[k];
      }
      int[] fill = Arrays.copyOf(start, keyCount);
      int[] out = new int[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        out[fill[keys.getInt(i)]++] = values.getInt(i);
      }
      return new int[][] {start, out};
    }
  }
}
