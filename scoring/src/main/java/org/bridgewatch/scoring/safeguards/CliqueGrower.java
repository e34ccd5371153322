package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;

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
  /**
   * Per pool rater r, interleaved so one cache line serves both: [2r] = the post stamp it was last
   * counted under, [2r+1] = its distinct posts so far (forEachRaterTweet).
   */
  private final int[] state;
  private int stampClock;
  private final IntArrayList seen = new IntArrayList();

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
    state = new int[2 * raters];
    for (int g = 1; g < groupTweet.length; g++) {
      if (groupTweet[g] < groupTweet[g - 1]) {
        // groupActions relies on this to order by (tweet, group) with a plain sort.
        throw new IllegalArgumentException("groups must be numbered in post order");
      }
    }
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
    // Groups are numbered in post order, so group order is (tweet, group) order.
    java.util.Arrays.sort(groups);
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
    forEachRaterTweet(actions, false);
    int best = -1;
    int bestPosts = 0;
    for (int i = 0; i < seen.size(); i++) {
      int r = seen.getInt(i);
      int posts = state[2 * r + 1];
      state[2 * r + 1] = 0;
      if (best < 0 || posts > bestPosts || (posts == bestPosts && rank[r] < rank[best])) {
        best = r;
        bestPosts = posts;
      }
    }
    return best;
  }

  /**
   * Whether no member with at least one matching post falls under the rater inclusion share. As
   * in the reference, members with no matching post at all are not counted.
   */
  private boolean noneBelow(int[] actions, int satisfied) {
    forEachRaterTweet(actions, true);
    boolean ok = true;
    for (int i = 0; i < seen.size(); i++) {
      int r = seen.getInt(i);
      if (state[2 * r + 1] < options.raterInclusionThreshold() * satisfied) {
        ok = false;
      }
      state[2 * r + 1] = 0;
    }
    return ok;
  }

  /**
   * Counts, into state, distinct posts per member (or per outsider) over the given groups; the
   * raters counted are listed in {@link #seen} (callers zero their counts).
   */
  private void forEachRaterTweet(int[] groups, boolean members) {
    seen.clear();
    long previousTweet = 0;
    for (int i = 0; i < groups.length; i++) {
      int g = groups[i];
      if (i == 0 || groupTweet[g] != previousTweet) {
        stampClock++;
        previousTweet = groupTweet[g];
      }
      for (int x = groupStart[g]; x < groupStart[g + 1]; x++) {
        int r = groupRaters[x];
        if (included[r] != members || state[2 * r] == stampClock) {
          continue;
        }
        state[2 * r] = stampClock;
        if (state[2 * r + 1]++ == 0) {
          seen.add(r);
        }
      }
    }
  }
}
