package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.junit.jupiter.api.Test;

class TopicConfidenceTest {
  /** Raters 0..9 have factor +0.5, raters 10..19 factor -0.5, rater 20 no factor (NaN). */
  private static final float[] FACTOR = new float[21];

  static {
    for (int p = 0; p < 21; p++) {
      FACTOR[p] = p < 10 ? 0.5f : p < 20 ? -0.5f : Float.NaN;
    }
  }

  @Test
  void confidentOnlyWithMoreThanFourRatingsOnEachSide() {
    // note 0: 5 positive + 5 negative; note 1: 4 positive + 5 negative; note 2: 5 + 4.
    RatingTable t = ratings(new int[][] {{0, 5, 5}, {1, 4, 5}, {2, 5, 4}});
    byte[] confident =
        TopicConfidence.compute(
            t, IntStream.range(0, t.size).toArray(), FACTOR, new float[] {0.1f, 0.1f, 0.1f}, 4);
    assertThat(confident).containsExactly(1, 0, 0);
  }

  @Test
  void zeroFactorCountsAsPositiveAndMissingFactorCountsNowhere() {
    float[] factor = FACTOR.clone();
    factor[0] = 0f;
    // note 0: raters 0..4 positive (one at exactly 0) and 10..14 negative, plus the NaN rater.
    RatingTable t = ratings(new int[][] {{0, 5, 5}}, 20);
    assertThat(TopicConfidence.compute(t, all(t), factor, new float[] {0.2f}, 4))
        .containsExactly(1);
    // Without rater 0 counted, 4 positive ratings are too few.
    factor[0] = Float.NaN;
    assertThat(TopicConfidence.compute(t, all(t), factor, new float[] {0.2f}, 4))
        .containsExactly(0);
  }

  @Test
  void notesWithoutInterceptAreNotConfidentAndUnscoredNotesUnknown() {
    RatingTable t = ratings(new int[][] {{0, 6, 6}, {1, 6, 6}});
    byte[] confident =
        TopicConfidence.compute(t, all(t), FACTOR, new float[] {Float.NaN, 0.3f}, 4);
    assertThat(confident).containsExactly(0, 1);
    assertThat(TopicConfidence.scoredOnly(confident, new byte[] {2, Nulls.NO_CODE}))
        .containsExactly(0, Nulls.NO_CODE);
  }

  private static int[] all(RatingTable t) {
    return IntStream.range(0, t.size).toArray();
  }

  /** Rows {note, positive raters, negative raters}; optional extra raters rate every note. */
  private static RatingTable ratings(int[][] spec, int... extraRaters) {
    List<int[]> rows = new ArrayList<>();
    for (int[] s : spec) {
      for (int i = 0; i < s[1]; i++) {
        rows.add(new int[] {s[0], i});
      }
      for (int i = 0; i < s[2]; i++) {
        rows.add(new int[] {s[0], 10 + i});
      }
      for (int extra : extraRaters) {
        rows.add(new int[] {s[0], extra});
      }
    }
    int n = rows.size();
    int[] note = new int[n];
    int[] rater = new int[n];
    for (int i = 0; i < n; i++) {
      note[i] = rows.get(i)[0];
      rater[i] = rows.get(i)[1];
    }
    return new RatingTable(
        note, new long[n], rater, new long[n], new byte[n], new int[n], new byte[n], new byte[n],
        new long[n], new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
  }
}
