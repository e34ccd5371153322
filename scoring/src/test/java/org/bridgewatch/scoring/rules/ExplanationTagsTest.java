package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.RatingTag.*;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.RatingTag;
import org.junit.jupiter.api.Test;

class ExplanationTagsTest {

  private static int[][] counts(int rows) {
    return new int[RatingTag.values().length][rows];
  }

  private static byte[] status(NoteStatus... s) {
    byte[] b = new byte[s.length];
    for (int i = 0; i < s.length; i++) {
      b[i] = s[i].code();
    }
    return b;
  }

  @Test
  void picksTheTwoMostUsedTagsMatchingTheStatus() {
    int[][] c = counts(2);
    c[HELPFUL_CLEAR.ordinal()][0] = 5;
    c[HELPFUL_GOOD_SOURCES.ordinal()][0] = 3;
    c[HELPFUL_INFORMATIVE.ordinal()][0] = 2;
    c[NOT_HELPFUL_INCORRECT.ordinal()][0] = 9; // wrong family for a CRH note
    c[NOT_HELPFUL_MISSING_KEY_POINTS.ordinal()][1] = 4;
    c[NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE.ordinal()][1] = 6;
    ExplanationTags.Assignment a =
        ExplanationTags.assign(
            c,
            status(NoteStatus.CURRENTLY_RATED_HELPFUL, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(a.firstTag()).containsExactly(HELPFUL_CLEAR, NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE);
    assertThat(a.secondTag()).containsExactly(HELPFUL_GOOD_SOURCES, NOT_HELPFUL_MISSING_KEY_POINTS);
    assertThat(a.insufficient()).containsExactly(false, false);
  }

  @Test
  void tiesGoToTheRarerReasonOfTheDocumentedOrder() {
    int[][] c = counts(2);
    // Helpful: Informative beats Clear beats ImportantContext ... beats Other.
    c[HELPFUL_OTHER.ordinal()][0] = 3;
    c[HELPFUL_UNBIASED_LANGUAGE.ordinal()][0] = 3;
    c[HELPFUL_INFORMATIVE.ordinal()][0] = 3;
    c[HELPFUL_CLEAR.ordinal()][0] = 3;
    // Not helpful: Outdated beats Spam beats HardToUnderstand ... beats Other.
    c[NOT_HELPFUL_OTHER.ordinal()][1] = 2;
    c[NOT_HELPFUL_INCORRECT.ordinal()][1] = 2;
    c[NOT_HELPFUL_OUTDATED.ordinal()][1] = 2;
    c[NOT_HELPFUL_IRRELEVANT_SOURCES.ordinal()][1] = 2;
    ExplanationTags.Assignment a =
        ExplanationTags.assign(
            c,
            status(NoteStatus.CURRENTLY_RATED_HELPFUL, NoteStatus.CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(a.firstTag()).containsExactly(HELPFUL_INFORMATIVE, NOT_HELPFUL_OUTDATED);
    assertThat(a.secondTag()).containsExactly(HELPFUL_CLEAR, NOT_HELPFUL_INCORRECT);
  }

  @Test
  void aHigherCountBeatsTieBreakPriority() {
    int[][] c = counts(1);
    c[HELPFUL_OTHER.ordinal()][0] = 4;
    c[HELPFUL_INFORMATIVE.ordinal()][0] = 3;
    c[HELPFUL_CLEAR.ordinal()][0] = 3;
    ExplanationTags.Assignment a =
        ExplanationTags.assign(c, status(NoteStatus.CURRENTLY_RATED_HELPFUL));
    assertThat(a.firstTag()).containsExactly(HELPFUL_OTHER);
    assertThat(a.secondTag()).containsExactly(HELPFUL_INFORMATIVE);
  }

  @Test
  void tagsUsedByOnlyOneRaterDoNotCountAndTheNoteRevertsToNmr() {
    int[][] c = counts(3);
    c[HELPFUL_CLEAR.ordinal()][0] = 7;
    c[HELPFUL_INFORMATIVE.ordinal()][0] = 1;
    c[HELPFUL_GOOD_SOURCES.ordinal()][0] = 1;
    c[HELPFUL_CLEAR.ordinal()][1] = 7; // NMR note: no tags, no revert
    c[HELPFUL_GOOD_SOURCES.ordinal()][1] = 7;
    ExplanationTags.Assignment a =
        ExplanationTags.assign(
            c,
            status(
                NoteStatus.CURRENTLY_RATED_HELPFUL,
                NoteStatus.NEEDS_MORE_RATINGS,
                NoteStatus.CURRENTLY_RATED_NOT_HELPFUL));
    assertThat(a.firstTag()).containsOnlyNulls();
    assertThat(a.secondTag()).containsOnlyNulls();
    assertThat(a.insufficient()).containsExactly(true, false, true);
  }
}
