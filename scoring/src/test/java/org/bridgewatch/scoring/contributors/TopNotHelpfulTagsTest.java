package org.bridgewatch.scoring.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopNotHelpfulTagsTest {
  // TSV indexes: 0 other, 1 incorrect, 5 outdated, 10 irrelevantSources.

  static int[][] counts(int... perTag) {
    int[][] c = new int[13][1];
    for (int t = 0; t < perTag.length; t++) {
      c[t][0] = perTag[t];
    }
    return c;
  }

  @Test
  void noteNeedsTwoTagsUsedAtLeastTwice() {
    int[] top = new int[2];
    assertThat(TopNotHelpfulTags.topTwoOfNote(counts(2, 1), 0, top)).isFalse();
    assertThat(TopNotHelpfulTags.topTwoOfNote(counts(2, 2), 0, top)).isTrue();
    assertThat(top).containsExactly(1, 0); // tie: incorrect beats other
  }

  @Test
  void tiesGoToTheHigherPriorityTag() {
    int[] top = new int[2];
    assertThat(TopNotHelpfulTags.topTwoOfNote(counts(3, 3, 0, 0, 0, 3), 0, top)).isTrue();
    assertThat(top).containsExactly(5, 1); // outdated wins all ties, then incorrect
    int[] tally = new int[13];
    tally[0] = 4;
    tally[10] = 4;
    tally[1] = 1;
    assertThat(TopNotHelpfulTags.topTwoOfAuthor(tally)).isEqualTo("10,0");
    assertThat(TopNotHelpfulTags.topTwoOfAuthor(new int[13])).isEmpty();
  }
}
