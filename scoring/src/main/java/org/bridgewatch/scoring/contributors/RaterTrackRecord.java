package org.bridgewatch.scoring.contributors;

import java.util.BitSet;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Per-rater counts over ratings: how often a rater's valid ratings matched the note's eventual
 * status ("successful") or contradicted it ("unsuccessful"), plus the history counts shown to
 * contributors.
 *
 * <p>Valid rating: inside the {@link RatingWindow}, on a note that is CRH or CRNH, and HELPFUL or
 * NOT_HELPFUL (SOMEWHAT_HELPFUL never counts). Successful helpful = HELPFUL on CRH; successful
 * not-helpful = NOT_HELPFUL on CRNH; unsuccessful helpful = NOT_HELPFUL on CRH; unsuccessful
 * not-helpful = HELPFUL on CRNH (the reference's naming, kept as is).
 *
 * <p>{@link #ratingsAwaitingMoreRatings} counts window ratings on notes still NMR; {@link
 * #ratedAfterDecision} counts ratings made strictly after the note's most recent non-NMR status.
 * Both exist only for raters with at least one window rating on a scored note ({@link
 * #hasWindowRatings}); the reference drops the after-decision count for everyone else.
 */
public final class RaterTrackRecord {
  public final int[] successfulHelpful;
  public final int[] successfulNotHelpful;
  public final int[] unsuccessfulHelpful;
  public final int[] unsuccessfulNotHelpful;
  /** Valid ratings per rater (the denominator of the agree ratio). */
  public final int[] validRatings;
  public final int[] ratingsAwaitingMoreRatings;
  public final int[] ratedAfterDecision;
  /** Rater has at least one valid rating. */
  public final boolean[] hasValidRatings;
  /** Rater has at least one window rating on a scored note. */
  public final boolean[] hasWindowRatings;

  private RaterTrackRecord(int participants) {
    successfulHelpful = new int[participants];
    successfulNotHelpful = new int[participants];
    unsuccessfulHelpful = new int[participants];
    unsuccessfulNotHelpful = new int[participants];
    validRatings = new int[participants];
    ratingsAwaitingMoreRatings = new int[participants];
    ratedAfterDecision = new int[participants];
    hasValidRatings = new boolean[participants];
    hasWindowRatings = new boolean[participants];
  }

  public int successfulTotal(int p) {
    return successfulHelpful[p] + successfulNotHelpful[p];
  }

  public int unsuccessfulTotal(int p) {
    return unsuccessfulHelpful[p] + unsuccessfulNotHelpful[p];
  }

  /**
   * Counts over {@code rows} (null: all ratings). A note is "scored" when its index is in the notes
   * table; {@code outcomes} gives its status.
   */
  public static RaterTrackRecord compute(
      int participants,
      RatingTable ratings,
      int[] rows,
      NoteHistoryLookup lookup,
      NoteOutcomes outcomes) {
    RaterTrackRecord t = new RaterTrackRecord(participants);
    BitSet window = RatingWindow.ratedBeforeStatus(ratings, rows, lookup);
    StatusHistoryTable history = lookup.history();
    byte helpful = HelpfulnessLevel.HELPFUL.code();
    byte notHelpful = HelpfulnessLevel.NOT_HELPFUL.code();
    int n = rows == null ? ratings.size : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      int rater = ratings.rater[r];
      int h = lookup.rowOfRating(ratings, r);
      long decided = h < 0 ? Nulls.NO_TIME : history.timestampMillisOfLatestNonNMRStatus[h];
      if (decided != Nulls.NO_TIME && ratings.createdAtMillis[r] > decided) {
        t.ratedAfterDecision[rater]++;
      }
      int note = ratings.note[r];
      if (!window.get(r) || note < 0) {
        continue;
      }
      t.hasWindowRatings[rater] = true;
      if (outcomes.awaiting()[note]) {
        t.ratingsAwaitingMoreRatings[rater]++;
      }
      boolean crh = outcomes.crh()[note];
      boolean crnh = outcomes.crnh()[note];
      byte level = ratings.level[r];
      if (!(crh || crnh) || (level != helpful && level != notHelpful)) {
        continue;
      }
      t.hasValidRatings[rater] = true;
      t.validRatings[rater]++;
      if (crh) {
        if (level == helpful) {
          t.successfulHelpful[rater]++;
        } else {
          t.unsuccessfulHelpful[rater]++;
        }
      } else if (level == notHelpful) {
        t.successfulNotHelpful[rater]++;
      } else {
        t.unsuccessfulNotHelpful[rater]++;
      }
    }
    return t;
  }
}
