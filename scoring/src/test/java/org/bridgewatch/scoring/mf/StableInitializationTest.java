package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StableInitializationTest {
  /** Note 0: 3 of 4 from the group (75%, but 4 ratings); note 1: 4 of 5 (80%, 5 ratings). */
  private static MfProblem boundaryProblem(int groupRatingsOnNote2) {
    int[] note = new int[4 + 5 + 8];
    int[] rater = new int[note.length];
    float[] target = new float[note.length];
    int k = 0;
    for (int u = 0; u < 4; u++) {
      note[k] = 0;
      rater[k++] = u;
    }
    for (int u = 0; u < 5; u++) {
      note[k] = 1;
      rater[k++] = u;
    }
    for (int u = 0; u < 8; u++) {
      note[k] = 2;
      rater[k++] = u < groupRatingsOnNote2 ? u : 5 + u; // group raters are 0..3 and 8..9
    }
    return MfProblem.of(3, 13, note, rater, target);
  }

  private static boolean[] group() {
    boolean[] g = new boolean[13];
    g[0] = g[1] = g[2] = true;
    g[8] = g[9] = true;
    return g;
  }

  @Test
  void selectsNotesWithAtLeast75PercentAndFiveRatingsFromTheGroup() {
    boolean[] inGroup = group();
    // note 0: raters 0..3 -> 3/4 group but only 4 ratings: out.
    // note 1: raters 0..4 -> 3/5 = 60%: out.
    // note 2: raters 0,1,2 then 8..12 -> group 0,1,2,8,9 = 5/8 = 62.5%: out.
    assertThat(StableInitialization.selectNotes(boundaryProblem(3), inGroup, null))
        .containsExactly(false, false, false);
    // Non-enrolled raters are not counted: with raters 3, 10, 11, 12 unenrolled, note 1 has 4
    // counted ratings (too few) and note 2 is 5 of 5.
    boolean[] enrolled = new boolean[13];
    java.util.Arrays.fill(enrolled, true);
    enrolled[3] = enrolled[10] = enrolled[11] = enrolled[12] = false;
    assertThat(StableInitialization.selectNotes(boundaryProblem(3), inGroup, enrolled))
        .containsExactly(false, false, true);
    // All enrolled, rater 10 joins the group: note 2 is 6 of 8, exactly 75%: in.
    inGroup[10] = true;
    assertThat(StableInitialization.selectNotes(boundaryProblem(3), inGroup, null))
        .containsExactly(false, false, true);
    // Note 0 at 4 of 4 from the group still has only 4 ratings: out.
    inGroup[3] = true;
    assertThat(StableInitialization.selectNotes(boundaryProblem(3), inGroup, null)[0]).isFalse();
    // Note 1 at 4 of 5 = 80% with 5 ratings: in.
    assertThat(StableInitialization.selectNotes(boundaryProblem(3), inGroup, null)[1]).isTrue();
  }

  @Test
  void failsWithoutGroupRatings() {
    assertThatThrownBy(() -> StableInitialization.fit(boundaryProblem(3), new boolean[13], null,
        MfOptions.defaults())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoStepFitReachesAStationaryPointOfTheFullProblem() {
    Synthetic s = Synthetic.planted(400, 200, 25, 0.3, 21);
    boolean[] inGroup = new boolean[200];
    for (int u = 0; u < 200; u++) {
      inGroup[u] = u % 10 != 0;
    }
    MfOptions o = MfOptions.defaults().withConvergence(1e-9, 100_000).withObjectiveTolerance(Double.NaN);
    MfResult r = StableInitialization.fit(s.problem, inGroup, null, o);
    ReferenceObjective ref = new ReferenceObjective(s.note, s.rater, s.target, r.params(), o);
    double n = s.note.length;
    for (int i = 0; i < 400; i++) {
      assertThat(Math.abs(ref.gNoteIntercept[i] * n) / 26).isLessThan(1e-5);
      assertThat(Math.abs(ref.gNoteFactor[i] * n) / 26).isLessThan(1e-5);
    }
    MfResult plain = MatrixFactorizer.fit(s.problem, o, (MfParams) null);
    assertThat(r.objective()).isCloseTo(plain.objective(), org.assertj.core.data.Offset.offset(1e-7));
  }
}
