package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.bridgewatch.scoring.model.ParticipantIndex;

/**
 * The order of participants the reference uses when it breaks ties between raters. The reference
 * normalizes participant ids before scoring: all-numeric ids become int64, otherwise the sorted
 * distinct strings are numbered from 0. Pairs are then written (smaller, larger) in that order.
 */
public final class ParticipantOrder {
  private ParticipantOrder() {}

  /** rank[p] = position of participant p in the reference's normalized id order. */
  public static int[] ranks(ParticipantIndex participants) {
    int n = participants.size();
    String[] ids = new String[n];
    long[] numeric = new long[n];
    boolean allNumeric = n > 0;
    for (int p = 0; p < n; p++) {
      ids[p] = participants.id(p);
      if (allNumeric) {
        try {
          numeric[p] = Long.parseLong(ids[p].strip());
        } catch (NumberFormatException e) {
          allNumeric = false;
        }
      }
    }
    int[] order = new int[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    final boolean byNumber = allNumeric;
    IntArrays.mergeSort(
        order,
        (a, b) -> {
          int c = byNumber ? Long.compare(numeric[a], numeric[b]) : ids[a].compareTo(ids[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[order[i]] = i;
    }
    return rank;
  }
}
