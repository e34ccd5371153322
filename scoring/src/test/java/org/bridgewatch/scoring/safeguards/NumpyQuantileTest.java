package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NumpyQuantileTest {
  @Test
  void linearQuantileMatchesNumpy() {
    assertThat(NumpyQuantile.linear(new long[] {1, 2, 3, 4}, 4, 0.5)).isEqualTo(2.5);
    assertThat(NumpyQuantile.linear(new long[] {1, 1, 1, 5}, 4, 0.999))
        .isCloseTo(4.988, Offset.offset(1e-12));
    assertThat(NumpyQuantile.linear(new long[] {7}, 1, 0.999)).isEqualTo(7);
  }
}
