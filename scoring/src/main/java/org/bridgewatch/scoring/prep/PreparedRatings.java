package org.bridgewatch.scoring.prep;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * The ratings that survive global preprocessing, as rows of the shared {@link RatingTable}.
 *
 * @param ratings the loaded table, unchanged
 * @param rows surviving rating rows, ascending (file order)
 * @param helpfulNum per table row: 0, 0.5 or 1; NaN for rows that were dropped
 * @param highVolumeRater per participant index: rated more than the 99.9th percentile in the last
 *     7 or 28 days (always false on data with fewer than 200 rated notes)
 * @param noteKey per table row: a dense id of the rated noteId. Equals the note's index in the
 *     NoteTable when the note is in the notes file; notes only known from ratings (deleted notes)
 *     get ids from {@code notes.size} upward. Ratings of deleted notes can survive preprocessing,
 *     so every per-note count must use this key, not {@code RatingTable.note}.
 * @param noteKeyCount number of distinct note keys (upper bound of {@code noteKey} values)
 */
public record PreparedRatings(
    RatingTable ratings,
    int[] rows,
    float[] helpfulNum,
    boolean[] highVolumeRater,
    int[] noteKey,
    int noteKeyCount) {

  public int size() {
    return rows.length;
  }
}
