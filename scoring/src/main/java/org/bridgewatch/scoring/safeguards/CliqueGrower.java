package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Greedy growth of one quasi-clique from a seed pair: repeatedly add the outside rater who joined
 * the clique's group actions on the most posts, as long as the clique still covers enough posts and
 * every member still joins enough of them. Works on the candidate pool only (raters aligned with
 * someone at least {@code minAlignedRatings} times), with group counts kept incrementally.
 *
 * <p>A "group" is a (note, rating value) pair; a group action is a group enough members share.
 */
final class CliqueGrower {
  record Grown(int[] raters, long[] tweets) {}

  private final int[] raterStart;
  private final int[] raterGroups;
  private final int[] groupStart;
  private final int[] groupRaters;
  private final long[] groupTweet;
  private final int[] rank;
  private final QuasiCliqueOptions options;

  private final int[] count;
  private final boolean[] included;
  private final int[] perRater;
  private final int[] stamp;
  private int stampClock;

  CliqueGrower(
      int[] raterStart,
      int[] raterGroups,
      int[] groupStart,
      int[] groupRaters,
      long[] groupTweet,
      int[] rank,
      QuasiCliqueOptions options) {
    this.raterStart = raterStart;
    this.raterGroups = raterGroups;
    this.groupStart = groupStart;
    this.groupRaters = groupRaters;
    this.groupTweet = groupTweet;
    this.rank = rank;
    this.options = options;
    int raters = raterStart.length - 1;
    count = new int[groupTweet.length];
    included = new boolean[raters];
    perRater = new int[raters];
    stamp = new int[raters];
  }

  Grown grow(int seedA, int seedB) {
    IntArrayList members = new IntArrayList();
    IntArrayList touched = new IntArrayList();
    add(seedA, members, touched);
    add(seedB, members, touched);
    long[] includedTweets = new long[0];
    try {
      for (int step = 0; step < options.maxCliqueSize(); step++) {
        int[] actions = groupActions(touched, members.size());
        includedTweets = distinctTweets(actions);
        int candidate = bestOutsider(actions);
        if (candidate < 0) {
          // The reference fails here (no rater to try); stopping is the only sensible reading.
          break;
        }
        addCounts(candidate, touched, +1);
        int size = members.size() + 1;
        int[] candidateActions = groupActions(touched, size);
        int satisfied = distinctTweets(candidateActions).length;
        included[candidate] = true;
        boolean dense = satisfied >= options.minCliqueTweets() && noneBelow(candidateActions, satisfied);
        if (dense) {
          members.add(candidate);
        } else {
          included[candidate] = false;
          addCounts(candidate, touched, -1);
          break;
        }
      }
      int[] raters = members.toIntArray();
      return new Grown(raters, includedTweets);
    } finally {
      for (int i = 0; i < touched.size(); i++) {
        count[touched.getInt(i)] = 0;
      }
      for (int i = 0; i < members.size(); i++) {
        included[members.getInt(i)] = false;
      }
    }
  }

  private void add(int rater, IntArrayList members, IntArrayList touched) {
    included[rater] = true;
    members.add(rater);
    addCounts(rater, touched, +1);
  }

  private void addCounts(int rater, IntArrayList touched, int delta) {
    for (int x = raterStart[rater]; x < raterStart[rater + 1]; x++) {
      int g = raterGroups[x];
      if (count[g] == 0 && delta > 0) {
        touched.add(g);
      }
      count[g] += delta;
    }
  }

  /** Groups members share often enough, ordered by (tweet, group). */
  private int[] groupActions(IntArrayList touched, int size) {
    IntArrayList out = new IntArrayList();
    int minRaters = Math.min(size, options.minInclusionRatings());
    double share = size * options.noteInclusionThreshold();
    for (int i = 0; i < touched.size(); i++) {
      int g = touched.getInt(i);
      if (count[g] >= share && count[g] >= minRaters) {
        out.add(g);
      }
    }
    int[] groups = out.toIntArray();
    IntArrays.mergeSort(
        groups,
        (a, b) -> {
          int c = Long.compare(groupTweet[a], groupTweet[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    return groups;
  }

  private long[] distinctTweets(int[] groups) {
    long[] tweets = new long[groups.length];
    int n = 0;
    for (int g : groups) {
      if (n == 0 || tweets[n - 1] != groupTweet[g]) {
        tweets[n++] = groupTweet[g];
      }
    }
    return java.util.Arrays.copyOf(tweets, n);
  }

  /** The non-member on the most distinct posts of the group actions; ties go to the lower id. */
  private int bestOutsider(int[] actions) {
    IntArrayList seen = new IntArrayList();
    forEachRaterTweet(actions, false, seen);
    int best = -1;
    for (int i = 0; i < seen.size(); i++) {
      int r = seen.getInt(i);
      if (best < 0
          || perRater[r] > perRater[best]
          || (perRater[r] == perRater[best] && rank[r] < rank[best])) {
        best = r;
      }
    }
    for (int i = 0; i < seen.size(); i++) {
      perRater[seen.getInt(i)] = 0;
    }
    return best;
  }

  /**
   * Whether no member with at least one matching post falls under the rater inclusion share. As
   * in the reference, members with no matching post at all are not counted.
   */
  private boolean noneBelow(int[] actions, int satisfied) {
    IntArrayList seen = new IntArrayList();
    forEachRaterTweet(actions, true, seen);
    boolean ok = true;
    for (int i = 0; i < seen.size(); i++) {
      int r = seen.getInt(i);
      if (perRater[r] < options.raterInclusionThreshold() * satisfied) {
        ok = false;
      }
      perRater[r] = 0;
    }
    return ok;
  }

  /** Counts, into perRater, distinct posts per member (or per outsider) over the given groups. */
  private void forEachRaterTweet(int[] groups, boolean members, IntArrayList seen) {
    long previousTweet = 0;
    for (int i = 0; i < groups.length; i++) {
      int g = groups[i];
      if (i == 0 || groupTweet[g] != previousTweet) {
        stampClock++;
        previousTweet = groupTweet[g];
      }
      for (int x = groupStart[g]; x < groupStart[g + 1]; x++) {
        int r = groupRaters[x];
        if (included[r] != members || stamp[r] == stampClock) {
          continue;
        }
        stamp[r] = stampClock;
        if (perRater[r] == 0) {
          seen.add(r);
        }
        perRater[r]++;
      }
    }
  }
}
