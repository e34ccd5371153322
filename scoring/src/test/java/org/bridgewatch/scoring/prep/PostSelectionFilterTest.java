package org.bridgewatch.scoring.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.junit.jupiter.api.Test;

class PostSelectionFilterTest {
  private static final long T = 1_700_000_000_000L;
  private static final byte V2 = RatingTable.packLegacy(2, false, false, false, false);
  private static final HelpfulnessLevel H = HelpfulnessLevel.HELPFUL;

  @Test
  void keepsOnlyTheEarliestRatingPerClusterAndNoteAndNoneOnClusterAuthorsNotes() {
    TestData d = new TestData();
    long n = d.note();
    for (int i = 1; i < 200; i++) {
      d.note();
    }
    d.rate(n, "c2", H, T + 2, V2); // row 0: second member of cluster 7, later
    d.rate(n, "c1", H, T + 1, V2); // row 1: earliest of cluster 7: kept
    d.rate(n, "free", H, T, V2); // row 2: no cluster
    d.rate(n, "d1", H, T + 5, V2); // row 3: cluster 9, same cluster as the author
    ScoringInput in = d.build();
    int[] cluster = new int[in.participants().size()];
    Arrays.fill(cluster, Nulls.NO_INT);
    cluster[in.participants().indexOf("c1")] = 7;
    cluster[in.participants().indexOf("c2")] = 7;
    cluster[in.participants().indexOf("d1")] = 9;
    cluster[in.participants().indexOf("author")] = 9;
    int[] all = {0, 1, 2, 3};
    assertThat(PostSelectionFilter.apply(in.ratings(), in.notes(), all, cluster))
        .containsExactly(1, 2);
  }

  @Test
  void testSizedDataIsUntouched() {
    TestData d = new TestData();
    long n = d.note();
    d.rate(n, "c1", H).rate(n, "c2", H);
    ScoringInput in = d.build();
    int[] cluster = {Nulls.NO_INT, 1, 1};
    assertThat(PostSelectionFilter.apply(in.ratings(), in.notes(), new int[] {0, 1}, cluster))
        .containsExactly(0, 1);
  }
}
