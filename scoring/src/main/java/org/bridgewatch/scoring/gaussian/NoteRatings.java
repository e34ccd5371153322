package org.bridgewatch.scoring.gaussian;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * The ratings of one kernel run grouped by note (a stable counting sort): for local note {@code
 * k}, entries {@code start[k]..start[k+1]} hold helpfulNum and rater factor in input order. A note
 * may end with one synthetic author row (the author's implicit HELPFUL rating), which only the CRH
 * pass reads. Local notes follow ascending note index, like the reference's {@code np.unique}
 * over note ids.
 */
final class NoteRatings {
  final int[] globalNote;
  final int[] start;
  final float[] helpful;
  final float[] factor;
  final boolean[] endsWithAuthorRow;

  private NoteRatings(
      int[] globalNote, int[] start, float[] helpful, float[] factor, boolean[] authorRow) {
    this.globalNote = globalNote;
    this.start = start;
    this.helpful = helpful;
    this.factor = factor;
    this.endsWithAuthorRow = authorRow;
  }

  int noteCount() {
    return globalNote.length;
  }

  /** Exclusive end of note k's ratings, with or without its author row. */
  int end(int k, boolean withAuthorRow) {
    int end = start[k + 1];
    return endsWithAuthorRow[k] && !withAuthorRow ? end - 1 : end;
  }

  /**
   * @param rows rating-table rows of the run, every rater with a factor
   * @param helpfulNum per rating-table row
   * @param raterFactor per participant
   * @param authorFactor per note index: the factor of the author's HELPFUL row, NaN for none
   * @param noteCount size of the note table
   */
  static NoteRatings group(
      RatingTable ratings,
      int[] rows,
      float[] helpfulNum,
      float[] raterFactor,
      float[] authorFactor,
      int noteCount) {
    int[] perNote = new int[noteCount];
    for (int r : rows) {
      perNote[ratings.note[r]]++;
    }
    int notes = 0;
    int total = rows.length;
    for (int n = 0; n < noteCount; n++) {
      if (perNote[n] > 0) {
        notes++;
        if (authorFactor != null && !Float.isNaN(authorFactor[n])) {
          total++;
        }
      }
    }
    int[] globalNote = new int[notes];
    int[] start = new int[notes + 1];
    boolean[] authorRow = new boolean[notes];
    int[] localOf = new int[noteCount];
    int k = 0;
    for (int n = 0; n < noteCount; n++) {
      if (perNote[n] > 0) {
        globalNote[k] = n;
        localOf[n] = k;
        authorRow[k] = authorFactor != null && !Float.isNaN(authorFactor[n]);
        start[k + 1] = start[k] + perNote[n] + (authorRow[k] ? 1 : 0);
        k++;
      }
    }
    float[] helpful = new float[total];
    float[] factor = new float[total];
    int[] fill = new int[notes];
    for (int i = 0; i < notes; i++) {
      fill[i] = start[i];
    }
    for (int r : rows) {
      int local = localOf[ratings.note[r]];
      int at = fill[local]++;
      helpful[at] = helpfulNum[r];
      factor[at] = raterFactor[ratings.rater[r]];
    }
    for (int i = 0; i < notes; i++) {
      if (authorRow[i]) {
        helpful[fill[i]] = 1f;
        factor[fill[i]] = authorFactor[globalNote[i]];
      }
    }
    return new NoteRatings(globalNote, start, helpful, factor, authorRow);
  }
}
