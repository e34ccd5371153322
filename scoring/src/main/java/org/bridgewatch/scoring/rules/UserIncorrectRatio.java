package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Each rater's propensity to use the "Incorrect" tag (the reference's {@code
 * get_user_incorrect_ratio}), counted over ratings with at least one Not Helpful tag. Computed in
 * prescoring over the scorer's whole rating history and read by the incorrect filter in final
 * scoring. Raters who never gave a Not Helpful tag hold -1 in both arrays.
 */
public final class UserIncorrectRatio {
  /** Per participant: Not-Helpful-tagged ratings that carry "Incorrect", or -1. */
  public final int[] incorrectTagRatings;
  /** Per participant: ratings with any Not Helpful tag, or -1. */
  public final int[] notHelpfulTaggedRatings;

  public UserIncorrectRatio(int[] incorrectTagRatings, int[] notHelpfulTaggedRatings) {
    this.incorrectTagRatings = incorrectTagRatings;
    this.notHelpfulTaggedRatings = notHelpfulTaggedRatings;
  }

  /** A rater's p(incorrect | Not Helpful tags), 0 when unknown (the reference fills NaN with 0). */
  public double incorrectRate(int participant) {
    int total = notHelpfulTaggedRatings[participant];
    return total <= 0 ? 0.0 : (double) incorrectTagRatings[participant] / total;
  }

  /**
   * @param participantCount size of the participant index
   */
  public static UserIncorrectRatio compute(RatingSlice ratings, int participantCount) {
    int[] incorrect = new int[participantCount];
    int[] total = new int[participantCount];
    Arrays.fill(incorrect, -1);
    Arrays.fill(total, -1);
    int nhMask = notHelpfulMask();
    int incorrectBit = RatingTag.NOT_HELPFUL_INCORRECT.bit();
    RatingTable t = ratings.table();
    for (int r : ratings.rows()) {
      int bits = t.tags[r];
      if ((bits & nhMask) == 0) {
        continue;
      }
      int p = t.rater[r];
      if (total[p] < 0) {
        total[p] = 0;
        incorrect[p] = 0;
      }
      total[p]++;
      if ((bits & incorrectBit) != 0) {
        incorrect[p]++;
      }
    }
    return new UserIncorrectRatio(incorrect, total);
  }

  static int notHelpfulMask() {
    int mask = 0;
    for (RatingTag tag : RatingTag.NOT_HELPFUL_TAGS) {
      mask |= tag.bit();
    }
    return mask;
  }
}
