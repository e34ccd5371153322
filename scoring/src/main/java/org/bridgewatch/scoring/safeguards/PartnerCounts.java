package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * One worker's dense counts of a rater's partners, reused rater after rater: each partner counts
 * at most once per post, and only the partners touched are read back and reset. Post-selection
 * similarity (co-ratings) and quasi-clique detection (aligned ratings) both count pairs this way.
 */
final class PartnerCounts {
  /** Per participant b, interleaved: [2b] = stamp of the post last counted, [2b+1] = count. */
  private final int[] state;
  private final IntArrayList touched = new IntArrayList();
  private int stamp;

  PartnerCounts(int participants) {
    state = new int[2 * participants];
  }

  /** A new post begins: every partner may count once more. */
  void newPost() {
    stamp++;
  }

  /** Counts partner {@code b} for the current post, unless it already counted there. */
  void count(int b) {
    if (state[2 * b] == stamp) {
      return;
    }
    state[2 * b] = stamp;
    if (state[2 * b + 1]++ == 0) {
      touched.add(b);
    }
  }

  /** Receives one partner and its count. */
  interface Partner {
    void accept(int b, int count);
  }

  /** Hands every counted partner to {@code partner}, in first-counted order, and resets them. */
  void drain(Partner partner) {
    for (int i = 0; i < touched.size(); i++) {
      int b = touched.getInt(i);
      int count = state[2 * b + 1];
      state[2 * b + 1] = 0;
      partner.accept(b, count);
    }
    touched.clear();
  }
}
