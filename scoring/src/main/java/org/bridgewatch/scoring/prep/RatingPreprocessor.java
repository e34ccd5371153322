package org.bridgewatch.scoring.prep;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.Arrays;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.safeguards.HighVolumeOptions;
import org.bridgewatch.scoring.safeguards.HighVolumeRaters;

/**
 * The reference's global preprocessing of ratings, applied once per run in its order:
 *
 * <ol>
 *   <li>drop exact duplicate ratings, keeping the first in file order; two different ratings of
 *       one note by one rater are an input error (the reference asserts);
 *   <li>helpfulNum from helpfulnessLevel, falling back to the v1 helpful/notHelpful flags; ratings
 *       with neither are dropped;
 *   <li>tag high-volume raters (computed before the next filter, as the reference does);
 *   <li>the misleading-notes filter: keep ratings of MISINFORMED_OR_POTENTIALLY_MISLEADING notes,
 *       of deleted notes that still have a status-history row, and of NOT_MISLEADING notes created
 *       after the not-misleading UI launch; drop the rest (including ratings of notes known to
 *       neither the notes file nor the status history).
 * </ol>
 *
 * <p>Notes are assumed unique by noteId (the NoteTable index enforces it). Ratings by a note's
 * own author are not removed here: the reference does not remove them in preprocessing either.
 */
public final class RatingPreprocessor {
  /** October 3, 2022 UTC: NOT_MISLEADING notes created after it are scored. */
  public static final long NOT_MISLEADING_UI_LAUNCH_MILLIS = 1664755200000L;

  /** Below this many distinct rated notes the data is treated as test data. */
  public static final int MIN_NUM_NOTES_FOR_PROD_DATA = 200;

  static final double HIGH_VOLUME_QUANTILE = 0.999;

  private RatingPreprocessor() {}

  /** Runs all steps with the misleading-notes filter on (the reference's default). */
  public static PreparedRatings preprocess(ScoringInput input) {
    return preprocess(input, true);
  }

  public static PreparedRatings preprocess(ScoringInput input, boolean filterNotMisleadingNotes) {
    RatingTable ratings = input.ratings();
    NoteKeys keys = NoteKeys.of(ratings, input.notes());
    int[] rows = dropDuplicateRatings(ratings, keys.noteKey());
    float[] helpfulNum = helpfulNum(ratings);
    rows = keepWhere(rows, r -> !Float.isNaN(helpfulNum[r]));
    boolean[] highVolume =
        highVolumeRaters(ratings, rows, input.participants().size(), HIGH_VOLUME_QUANTILE);
    if (filterNotMisleadingNotes) {
      MisleadingNoteFilter filter =
          new MisleadingNoteFilter(input.notes(), input.statusHistory());
      rows = keepWhere(rows, r -> filter.keeps(ratings.note[r], ratings.noteId(r)));
    }
    // helpfulNum is only meaningful for surviving rows.
    boolean[] kept = new boolean[ratings.size];
    for (int r : rows) {
      kept[r] = true;
    }
    for (int r = 0; r < ratings.size; r++) {
      if (!kept[r]) {
        helpfulNum[r] = Float.NaN;
      }
    }
    return new PreparedRatings(
        ratings, rows, helpfulNum, highVolume, keys.noteKey(), keys.count());
  }

  /**
   * Exact-duplicate removal. Returns the rows to keep, ascending.
   *
   * @throws IllegalArgumentException when one rater rated one note twice with different content
   */
  public static int[] dropDuplicateRatings(RatingTable ratings, int[] noteKey) {
    Long2IntOpenHashMap firstRowOfPair = new Long2IntOpenHashMap(ratings.size);
    firstRowOfPair.defaultReturnValue(-1);
    IntArrayList kept = new IntArrayList(ratings.size);
    for (int r = 0; r < ratings.size; r++) {
      long pair = ((long) noteKey[r] << 32) | (ratings.rater[r] & 0xffffffffL);
      int first = firstRowOfPair.putIfAbsent(pair, r);
      if (first < 0) {
        kept.add(r);
      } else if (!sameRating(ratings, first, r)) {
        throw new IllegalArgumentException(
            "Two different ratings of note "
                + ratings.noteId(r)
                + " by one rater (rows "
                + first
                + " and "
                + r
                + ")");
      }
    }
    return kept.toIntArray();
  }

  static boolean sameRating(RatingTable t, int a, int b) {
    return t.noteId(a) == t.noteId(b)
        && t.rater[a] == t.rater[b]
        && t.createdAtMillis[a] == t.createdAtMillis[b]
        && t.level[a] == t.level[b]
        && t.tags[a] == t.tags[b]
        && t.source[a] == t.source[b]
        && t.legacy[a] == t.legacy[b]
        && t.ratedOnTweetId(a) == t.ratedOnTweetId(b);
  }

  /**
   * Helpful-rating mapping: v1 flags first (helpful 1, notHelpful 0), then helpfulnessLevel
   * overrides (NOT_HELPFUL 0, SOMEWHAT_HELPFUL 0.5, HELPFUL 1). NaN when none applies.
   */
  public static float[] helpfulNum(RatingTable ratings) {
    float[] out = new float[ratings.size];
    for (int r = 0; r < ratings.size; r++) {
      float v = Float.NaN;
      if (ratings.helpfulFlag(r)) {
        v = 1f;
      }
      if (ratings.notHelpfulFlag(r)) {
        v = 0f;
      }
      byte level = ratings.level[r];
      if (level >= 0) {
        v = HelpfulnessLevel.ofCode(level).helpfulNum;
      }
      out[r] = v;
    }
    return out;
  }

  /**
   * High-volume raters: for windows of 7 and 28 days before the newest rating, a rater whose
   * number of ratings in the window exceeds the window's {@code quantile} (linear interpolation
   * over raters with at least one rating in the window) is high-volume. On test-sized data (fewer
   * than {@link #MIN_NUM_NOTES_FOR_PROD_DATA} distinct rated notes) nobody is.
   */
  public static boolean[] highVolumeRaters(
      RatingTable ratings, int[] rows, int participantCount, double quantile) {
    boolean[] include = new boolean[ratings.size];
    for (int r : rows) {
      include[r] = true;
    }
    // One implementation of the rule: the safeguard that also slices the NoHighVol runs.
    return HighVolumeRaters.flagRaters(
        ratings,
        include,
        participantCount,
        new HighVolumeOptions(quantile, new int[] {7, 28}, MIN_NUM_NOTES_FOR_PROD_DATA));
  }

  static int[] keepWhere(int[] rows, java.util.function.IntPredicate keep) {
    return Arrays.stream(rows).filter(keep).toArray();
  }

  /** The misleading / deleted-note rule of the reference's preprocessing. */
  static final class MisleadingNoteFilter {
    private final NoteTable notes;
    /** createdAtMillis of status-history rows whose note left the notes file. */
    private final Long2LongOpenHashMap deletedNoteCreatedAt = new Long2LongOpenHashMap();

    MisleadingNoteFilter(NoteTable notes, StatusHistoryTable history) {
      this.notes = notes;
      deletedNoteCreatedAt.defaultReturnValue(Nulls.NO_TIME);
      if (history != null) {
        for (int i = 0; i < history.size; i++) {
          if (notes.indexOf(history.noteId[i]) < 0) {
            deletedNoteCreatedAt.put(history.noteId[i], history.createdAtMillis[i]);
          }
        }
      }
    }

    boolean keeps(int note, long noteId) {
      Classification cls = note < 0 ? null : Classification.ofCode(notes.classification[note]);
      if (cls == null) {
        // Deleted (or unclassified) note: kept only when it was scored before, i.e. has history.
        // For a note still in the notes file the history merge falls back to the note's own time.
        long created = note < 0 ? deletedNoteCreatedAt.get(noteId) : notes.createdAtMillis[note];
        return created != Nulls.NO_TIME;
      }
      if (cls == Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING) {
        return true;
      }
      // NOT_MISLEADING: the reference compares the status-history creation time, which must
      // equal the note's own (it asserts so while merging note info).
      return notes.createdAtMillis[note] > NOT_MISLEADING_UI_LAUNCH_MILLIS;
    }
  }
}
