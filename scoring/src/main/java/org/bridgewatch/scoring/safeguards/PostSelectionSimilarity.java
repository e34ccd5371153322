package org.bridgewatch.scoring.safeguards;

import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Post selection similarity: groups of raters (and authors) whose choices of what to rate, and
 * when, are anomalously alike. Each group is treated as one contributor by {@link
 * PostSelectionFilter}.
 */
public final class PostSelectionSimilarity {
  private PostSelectionSimilarity() {}

  /**
   * Per participant: its post-selection group (1..), or 0 when not grouped. Group labels are
   * numbered by the lowest-ranked member, not in the reference's hash order.
   *
   * @param include the preprocessed rating rows (de-duplicated, misleading-note filter applied), or
   *     null for all
   * @param rank {@link ParticipantOrder#ranks}
   */
  public static int[] postSelectionValues(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      PostSelectionSimilarityOptions options) {
    return postSelectionValues(notes, ratings, include, rank, options, 1);
  }

  /** As above, counting co-rating pairs on {@code threads} threads (same result for any count). */
  public static int[] postSelectionValues(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      PostSelectionSimilarityOptions options,
      int threads) {
    int participantCount = rank.length;
    Components components = new Components(participantCount);
    AuthorAffinityPairs.link(notes, ratings, include, participantCount, options, components);
    CoRatingPairs.link(notes, ratings, include, participantCount, options, components, threads);
    return components.labels(rank);
  }
}
