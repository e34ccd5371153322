package org.bridgewatch.scoring.pipeline.meta;

import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * How many ratings of each note carry each rating tag, indexed {@code [tag.ordinal()][note row]}.
 * These are the tag totals of the ratings that reach post-scoring (after post-selection-similarity
 * filtering in the reference); the meta scorer picks explanation tags from them.
 */
public final class NoteTagCounts {
  public final int noteCount;
  private final int[][] counts;

  public NoteTagCounts(int[][] counts) {
    if (counts.length != RatingTag.values().length) {
      throw new IllegalArgumentException("need one count column per rating tag");
    }
    this.noteCount = counts[0].length;
    for (int[] column : counts) {
      if (column.length != noteCount) {
        throw new IllegalArgumentException("tag columns differ in length");
      }
    }
    this.counts = counts;
  }

  /** Totals over every rating in {@code ratings} whose note is known (note row >= 0). */
  public static NoteTagCounts fromRatings(RatingTable ratings, int noteCount) {
    RatingTag[] tags = RatingTag.values();
    int[][] counts = new int[tags.length][noteCount];
    for (int r = 0; r < ratings.size; r++) {
      int note = ratings.note[r];
      int bits = ratings.tags[r];
      if (note < 0 || bits == 0) {
        continue;
      }
      for (RatingTag tag : tags) {
        if (tag.isSet(bits)) {
          counts[tag.ordinal()][note]++;
        }
      }
    }
    return new NoteTagCounts(counts);
  }

  /** No tags on any note. */
  public static NoteTagCounts empty(int noteCount) {
    return new NoteTagCounts(new int[RatingTag.values().length][noteCount]);
  }

  public int count(RatingTag tag, int note) {
    return counts[tag.ordinal()][note];
  }
}
