package org.bridgewatch.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Float32MathTest {
  @Test
  void quantilesFollowNumpysLinearRule() {
    float[] sorted = {1f, 2f, 3f, 4f};
    assertThat(Float32Math.quantileSorted(sorted, 4, 0.0)).isEqualTo(1.0);
    assertThat(Float32Math.quantileSorted(sorted, 4, 0.5)).isEqualTo(2.5);
    assertThat(Float32Math.quantileSorted(sorted, 4, 1.0)).isEqualTo(4.0);
    assertThat(Float32Math.quantileSorted(sorted, 1, 0.4)).isEqualTo(1.0);
  }

  /** A small community whose factors are all 0 leaves no distance to take a percentile of. */
  @Test
  void theQuantileOfNoValuesIsNaN() {
    assertThat(Float32Math.quantileSorted(new float[8], 0, 0.4)).isNaN();
  }
}
