package org.bridgewatch.scoring.pipeline.meta;

import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * scored_notes' rescoringActiveRules for a full run (no previous scored notes): the note subsets
 * whose CRH churn a full run checks, listed per note. Every note is in ALL_NOTES; notes created
 * 3 to 13 days before the wall clock are in NOTES_CREATED_SOMEWHAT_RECENTLY; notes created within
 * 14 days, last scored over a day ago and without new ratings are in
 * NEW_NOTES_NOT_RESCORED_RECENTLY_ENOUGH.
 *
 * <p>The reference measures these windows against the machine's wall clock, not the run's
 * --epoch-millis, so the caller passes that clock explicitly.
 */
public final class RescoringActiveRules {
  static final long DAY = 24L * 60 * 60 * 1000;

  private RescoringActiveRules() {}

  /**
   * @param history the prior history merged with the notes (the meta result's rows)
   * @param noteHasNewRatings per NoteTable row, whether the note has a rating newer than the
   *     previous rating cutoff (in a full run the cutoff is 0, so: any rating)
   * @param wallClockMillis the machine's current time
   */
  public static String[] forFullRun(
      StatusHistoryTable history, boolean[] noteHasNewRatings, long wallClockMillis) {
    String[] out = new String[history.size];
    for (int row = 0; row < history.size; row++) {
      StringBuilder rules = new StringBuilder("ALL_NOTES");
      long created = history.createdAtMillis[row];
      if (created >= wallClockMillis - 13 * DAY && created < wallClockMillis - 3 * DAY) {
        rules.append(",NOTES_CREATED_SOMEWHAT_RECENTLY");
      }
      int note = history.note[row];
      boolean newRatings = note >= 0 && noteHasNewRatings[note];
      long lastScored = history.timestampMillisOfCurrentStatus[row];
      if (created > wallClockMillis - 14 * DAY
          && lastScored != Nulls.NO_TIME
          && lastScored < wallClockMillis - DAY
          && !newRatings) {
        rules.append(",NEW_NOTES_NOT_RESCORED_RECENTLY_ENOUGH");
      }
      out[row] = rules.toString();
    }
    return out;
  }
}
