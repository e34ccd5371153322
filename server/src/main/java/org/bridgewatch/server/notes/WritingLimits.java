package org.bridgewatch.server.notes;

import java.time.Duration;

/**
 * The note writing limits, as pure functions of a contributor's record.
 *
 * <p>Overall (daily) limit: Writing Impact below 0 allows 1 note per 24 h; otherwise
 * min(WI + 5, hit rate × 200) where hit rate = WI / notes written. Integer arithmetic keeps the
 * boundaries exact (5% of 240 notes is 10, not 9.999…). Below {@link #NOTES_FOR_HIT_RATE} notes
 * there is too little history for a rate (and fresh notes are unscored), so only WI + 5 applies;
 * a non-negative WI never allows fewer than the 1 that a negative WI gets.
 *
 * <p>Post author limit: 3 notes per 24 h on one post author until 6 notes were written on that
 * author; from then on the author-specific CRH rate decides: at least 5% allows that percentage
 * (rounded down) per day; 1–5%, or below 1% with fewer than 15 notes, 1 per day; below 1% with 15
 * or more notes, 1 per week.
 */
public final class WritingLimits {
  static final Duration DAY = Duration.ofHours(24);
  static final Duration WEEK = Duration.ofDays(7);
  static final int NOTES_FOR_HIT_RATE = 5;
  static final int INITIAL_PER_AUTHOR = 3;
  static final int NOTES_BEFORE_AUTHOR_CRH_RATE = 6;
  static final int NOTES_FOR_WEEKLY_LIMIT = 15;

  private WritingLimits() {}

  /** How many notes one may write in a window. */
  public record Limit(int notes, Duration window) {}

  public static int daily(int writingImpact, long notesWritten) {
    if (writingImpact < 0) {
      return 1;
    }
    int byImpact = writingImpact + 5;
    if (notesWritten < NOTES_FOR_HIT_RATE) {
      return byImpact;
    }
    long byHitRate = 200L * writingImpact / notesWritten;
    return (int) Math.max(1, Math.min(byImpact, byHitRate));
  }

  public static Limit perPostAuthor(long notesOnAuthor, long crhNotesOnAuthor) {
    if (notesOnAuthor < NOTES_BEFORE_AUTHOR_CRH_RATE) {
      return new Limit(INITIAL_PER_AUTHOR, DAY);
    }
    long percent = 100L * crhNotesOnAuthor / notesOnAuthor;
    if (100L * crhNotesOnAuthor >= 5L * notesOnAuthor) {
      return new Limit((int) percent, DAY);
    }
    if (100L * crhNotesOnAuthor >= notesOnAuthor || notesOnAuthor < NOTES_FOR_WEEKLY_LIMIT) {
      return new Limit(1, DAY);
    }
    return new Limit(1, WEEK);
  }
}
