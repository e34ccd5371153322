package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Plain per-note rating counts (the reference's {@code compute_note_stats}): how many ratings, how
 * many population-sampled, how many in the last 28 days, and how often each tag was used. Notes
 * without ratings get zeros.
 */
public final class NoteRatingStats {
  static final long TWENTY_EIGHT_DAYS_MILLIS = 28L * 24 * 60 * 60 * 1000;

  public final int[] numRatings;
  public final int[] numPopulationSampledRatings;
  /** Ratings created after now minus 28 days; all zero when no "now" was given. */
  public final int[] numRatingsLast28;
  /** {@code tagCounts[tag.ordinal()][row]}: ratings on the note that carry the tag. */
  public final int[][] tagCounts;

  private NoteRatingStats(int rows) {
    numRatings = new int[rows];
    numPopulationSampledRatings = new int[rows];
    numRatingsLast28 = new int[rows];
    tagCounts = new int[RatingTag.values().length][rows];
  }

  /** All-zero stats, for tests that set counts by hand. */
  public static NoteRatingStats zeros(int rows) {
    return new NoteRatingStats(rows);
  }

  /**
   * @param nowMillis the run's epoch millis, or {@link Nulls#NO_TIME} to skip the 28-day count
   */
  public static NoteRatingStats compute(RatingSlice ratings, NoteRows notes, long nowMillis) {
    NoteRatingStats s = new NoteRatingStats(notes.size());
    RatingTable t = ratings.table();
    long cutoff = nowMillis == Nulls.NO_TIME ? Long.MAX_VALUE : nowMillis - TWENTY_EIGHT_DAYS_MILLIS;
    byte sampled = RatingSource.POPULATION_SAMPLED.code();
    RatingTag[] tags = RatingTag.values();
    for (int r : ratings.rows()) {
      int row = notes.rowOf(t.note[r]);
      if (row < 0) {
        continue;
      }
      s.numRatings[row]++;
      if (t.source[r] == sampled) {
        s.numPopulationSampledRatings[row]++;
      }
      if (t.createdAtMillis[r] > cutoff) {
        s.numRatingsLast28[row]++;
      }
      int bits = t.tags[r];
      if (bits != 0) {
        for (RatingTag tag : tags) {
          if (tag.isSet(bits)) {
            s.tagCounts[tag.ordinal()][row]++;
          }
        }
      }
    }
    return s;
  }

  public int tagCount(RatingTag tag, int row) {
    return tagCounts[tag.ordinal()][row];
  }
}
