package org.bridgewatch.scoring.prep;

import java.util.Arrays;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.topics.NoteTopics;

/**
 * Turns a {@link ScorerSlice} into the rating rows a scorer's matrix factorization sees.
 *
 * <p>All methods take the candidate rows explicitly (normally {@link PreparedRatings#rows()},
 * or those rows after the post-selection-similarity filter) and return an ascending subset.
 */
public final class SliceSelector {
  /** Group value of a participant with no userEnrollment row. */
  private static final int NOT_ENROLLED = Integer.MAX_VALUE;

  private final RatingTable ratings;
  private final PreparedRatings prepared;
  private final NoteTopics topics;
  private final int[] groupOfParticipant;

  /**
   * @param topics note topics; only needed for slices that filter by topic ({@code
   *     NoteTopics.none(n)} otherwise)
   */
  public SliceSelector(PreparedRatings prepared, EnrollmentTable enrollment, NoteTopics topics) {
    this.ratings = prepared.ratings();
    this.prepared = prepared;
    this.topics = topics;
    this.groupOfParticipant = new int[prepared.highVolumeRater().length];
    Arrays.fill(groupOfParticipant, NOT_ENROLLED);
    if (enrollment != null) {
      for (int i = 0; i < enrollment.size; i++) {
        int p = enrollment.participant[i];
        if (p >= 0 && p < groupOfParticipant.length) {
          groupOfParticipant[p] = enrollment.modelingGroup[i];
        }
      }
    }
  }

  /**
   * Whether a rater counts as in the slice's groups: enrolled raters by their modeling group
   * (an empty group is never in), raters without an enrollment row by includeUnassigned.
   */
  public boolean inGroup(ScorerSlice slice, int participant) {
    int group = groupOfParticipant[participant];
    if (group == NOT_ENROLLED) {
      return slice.includeUnassigned();
    }
    return group != Nulls.NO_INT && slice.includedGroups().contains(group);
  }

  /** Scorer._filter_input: topic filter, then group filter (with strict inclusion). */
  public int[] filterInput(ScorerSlice slice, int[] rows) {
    if (slice.includedGroups().isEmpty() && slice.includedTopics().isEmpty()) {
      return rows;
    }
    int[] out = rows;
    if (!slice.includedTopics().isEmpty()) {
      out = keep(out, r -> slice.includedTopics().contains(topics.topic(ratings.note[r])));
    }
    if (slice.excludeTopics()) {
      out = keep(out, r -> !topics.hasTopic(ratings.note[r]));
    }
    if (!slice.includedGroups().isEmpty()) {
      if (slice.strictInclusion()) {
        boolean[] captured = captureNotes(slice, out);
        out = keep(out, r -> captured[prepared.noteKey()[r]]);
      }
      out = keep(out, r -> inGroup(slice, ratings.rater[r]));
    }
    return out;
  }

  /** Prescoring input of MF: filterInput, then note/rater/note minimum counts. */
  public int[] prescoringRows(ScorerSlice slice, int[] rows) {
    return minCounts(
        filterInput(slice, rows), slice.minNumRatingsPerRater(), slice.minNumRatersPerNote());
  }

  /** Final-scoring input of MF: filterInput, then only the note minimum (rater minimum is 0). */
  public int[] finalRows(ScorerSlice slice, int[] rows) {
    return minCounts(filterInput(slice, rows), 0, slice.minNumRatersPerNote());
  }

  /**
   * process_data.filter_ratings: notes with fewer than {@code minRatersPerNote} ratings go, then
   * raters with fewer than {@code minRatingsPerRater}, then notes again; not iterated further.
   */
  public int[] minCounts(int[] rows, int minRatingsPerRater, int minRatersPerNote) {
    int[] out = minPerNote(rows, minRatersPerNote);
    out = minPerRater(out, minRatingsPerRater);
    return minPerNote(out, minRatersPerNote);
  }

  private int[] minPerNote(int[] rows, int min) {
    int[] noteKey = prepared.noteKey();
    int[] count = new int[prepared.noteKeyCount()];
    for (int r : rows) {
      count[noteKey[r]]++;
    }
    return keep(rows, r -> count[noteKey[r]] >= min);
  }

  private int[] minPerRater(int[] rows, int min) {
    int[] count = new int[groupOfParticipant.length];
    for (int r : rows) {
      count[ratings.rater[r]]++;
    }
    return keep(rows, r -> count[ratings.rater[r]] >= min);
  }

  /**
   * Per note key: whether the in-group share of the given ratings reaches the slice's capture
   * threshold (raters without enrollment counted as includeUnassigned). Notes without ratings are
   * false. Used by strict inclusion, and by the reference's post-processing which keeps a final
   * note score only for captured notes (computed there over all final-scoring ratings).
   */
  public boolean[] captureNotes(ScorerSlice slice, int[] rows) {
    int[] noteKey = prepared.noteKey();
    int[] total = new int[prepared.noteKeyCount()];
    int[] in = new int[prepared.noteKeyCount()];
    for (int r : rows) {
      total[noteKey[r]]++;
      if (inGroup(slice, ratings.rater[r])) {
        in[noteKey[r]]++;
      }
    }
    boolean[] captured = new boolean[total.length];
    for (int k = 0; k < total.length; k++) {
      captured[k] = total[k] > 0 && (double) in[k] / total[k] >= slice.captureThreshold();
    }
    return captured;
  }

  /** Distinct note keys among rows. */
  public int countNotes(int[] rows) {
    boolean[] seen = new boolean[prepared.noteKeyCount()];
    int n = 0;
    for (int r : rows) {
      int k = prepared.noteKey()[r];
      if (!seen[k]) {
        seen[k] = true;
        n++;
      }
    }
    return n;
  }

  /** Distinct raters among rows. */
  public int countRaters(int[] rows) {
    boolean[] seen = new boolean[groupOfParticipant.length];
    int n = 0;
    for (int r : rows) {
      int p = ratings.rater[r];
      if (!seen[p]) {
        seen[p] = true;
        n++;
      }
    }
    return n;
  }

  private static int[] keep(int[] rows, java.util.function.IntPredicate keep) {
    return Arrays.stream(rows).filter(keep).toArray();
  }
}
