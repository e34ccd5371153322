package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.function.IntPredicate;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Rating rows grouped by post, then by note, each note's rows in time order: the traversal both
 * co-rating detectors need. Built by a counting sort over note indexes, so memory is one int per
 * selected rating plus two ints per note.
 */
final class RatingsByTweet {
  /** Rows of note i are {@code rows[start[i] .. start[i+1])}, ordered by (createdAt, row). */
  final int[] start;
  final int[] rows;
  /** Notes having at least one selected row, ordered by (tweetId, note index). */
  final int[] notesInTweetOrder;

  private RatingsByTweet(int[] start, int[] rows, int[] notesInTweetOrder) {
    this.start = start;
    this.rows = rows;
    this.notesInTweetOrder = notesInTweetOrder;
  }

  /** Groups rows r with {@code ratings.note[r] >= 0} that pass {@code selected}. */
  static RatingsByTweet build(RatingTable ratings, NoteTable notes, IntPredicate selected) {
    int[] start = new int[notes.size + 1];
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      if (note >= 0 && selected.test(r)) {
        start[note + 1]++;
      }
    }
    for (int i = 0; i < notes.size; i++) {
      start[i + 1] += start[i];
    }
    int[] rows = new int[start[notes.size]];
    int[] fill = start.clone();
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      if (note >= 0 && selected.test(r)) {
        rows[fill[note]++] = r;
      }
    }
    long[] created = ratings.createdAtMillis;
    IntComparator byTime =
        (a, b) -> {
          int c = Long.compare(created[a], created[b]);
          return c != 0 ? c : Integer.compare(a, b);
        };
    // fastutil's range mergeSort without a scratch array clones the WHOLE array on every call
    // (quadratic: ~77 GB allocated for 1M ratings). One shared copy serves every note's range,
    // since each call only reads and writes the scratch inside its own range.
    int[] scratch = rows.clone();
    int rated = 0;
    for (int i = 0; i < notes.size; i++) {
      if (start[i + 1] - start[i] > 1) {
        IntArrays.mergeSort(rows, start[i], start[i + 1], byTime, scratch);
      }
      if (start[i + 1] > start[i]) {
        rated++;
      }
    }
    int[] order = new int[rated];
    int k = 0;
    for (int i = 0; i < notes.size; i++) {
      if (start[i + 1] > start[i]) {
        order[k++] = i;
      }
    }
    long[] tweet = notes.tweetId;
    IntArrays.mergeSort(
        order,
        (a, b) -> {
          int c = Long.compare(tweet[a], tweet[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    return new RatingsByTweet(start, rows, order);
  }
}
