package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentificationTest {
  @Test
  void exactlyHalfNegativeIsKept() {
    assertThat(Identification.needsFlip(new float[] {-1, -0.5f, 0.2f, 0.3f})).isFalse();
  }

  @Test
  void lessThanHalfNegativeFlips() {
    assertThat(Identification.needsFlip(new float[] {-1, 0.1f, 0.2f})).isTrue();
  }

  @Test
  void zeroFactorsDoNotCount() {
    // 1 negative of 2 non-zero: half, kept, however many zeros.
    assertThat(Identification.needsFlip(new float[] {-1, 1, 0, 0, 0})).isFalse();
    assertThat(Identification.needsFlip(new float[] {0, 0})).isFalse();
  }

  @Test
  void flipNegatesNoteAndRaterFactorsOnly() {
    MfParams p = new MfParams(new float[] {0.1f}, new float[] {0.5f}, new float[] {0.2f, 0.3f},
        new float[] {0.4f, 0.2f}, 0.1f);
    assertThat(Identification.flipIfNeeded(p)).isTrue();
    assertThat(p.noteFactor).containsExactly(-0.5f);
    assertThat(p.raterFactor).containsExactly(-0.4f, -0.2f);
    assertThat(p.noteIntercept).containsExactly(0.1f);
    assertThat(p.raterIntercept).containsExactly(0.2f, 0.3f);
    assertThat(Identification.flipIfNeeded(p)).isFalse();
  }
}
