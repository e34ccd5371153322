package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;

import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

class MinimumRatingCountFilterTest {

  /** Rater 0 rates {@code ratedByZero} notes; every note also gets 5 ratings from raters 1..5. */
  static RatingTable table(int ratedByZero) {
    int n = ratedByZero * 6;
    int[] note = new int[n];
    int[] rater = new int[n];
    int k = 0;
    for (int i = 0; i < ratedByZero; i++) {
      for (int r = 0; r < 6; r++) {
        note[k] = i;
        rater[k++] = r;
      }
    }
    return Tables.ratings(note, rater, new long[n], Tables.levels(n, HELPFUL), null);
  }

  @Test
  void raterWithTenRatingsStaysNineIsDropped() {
    RatingTable ten = table(10);
    assertThat(MinimumRatingCountFilter.filter(ten, null, 10, 5)).hasSize(60);
    RatingTable nine = table(9);
    assertThat(MinimumRatingCountFilter.filter(nine, null, 10, 5)).isEmpty();
  }

  @Test
  void notesAreRecheckedAfterRatersAreDropped() {
    // Note 0: 5 ratings, one of them by rater 9 who has only that rating -> note falls to 4.
    int[] note = {0, 0, 0, 0, 0};
    int[] rater = {1, 2, 3, 4, 9};
    RatingTable t = Tables.ratings(note, rater, new long[5], Tables.levels(5, HELPFUL), null);
    assertThat(MinimumRatingCountFilter.filter(t, null, 1, 5)).hasSize(5);
    assertThat(MinimumRatingCountFilter.filter(t, null, 2, 5)).isEmpty();
  }
}
