package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Log1pTest {
  @Test
  void staysWithinAFewUlpsOfStrictLog1pOverTheUnitInterval() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      // exp(-|z|) for logits up to 800: covers subnormal-small values and 1.
      double e = Math.exp(-random.nextDouble() * 800);
      double expected = StrictMath.log1p(e);
      assertThat(Math.abs(Log1p.ofUnitInterval(e) - expected))
          .as("log1p(%s)", e)
          .isLessThanOrEqualTo(4 * Math.ulp(expected));
      double u = 1 + e;
      assertThat(Math.abs(Log1p.ofUnitInterval(e, u, 1 / u) - expected))
          .as("log1p(%s) given 1 / (1 + e)", e)
          .isLessThanOrEqualTo(4 * Math.ulp(expected));
    }
  }

  @Test
  void exactAtTheEnds() {
    assertThat(Log1p.ofUnitInterval(0.0)).isEqualTo(0.0);
    assertThat(Log1p.ofUnitInterval(1e-300)).isEqualTo(1e-300);
    assertThat(Math.abs(Log1p.ofUnitInterval(1.0) - Math.log(2))).isLessThanOrEqualTo(Math.ulp(Math.log(2)));
  }
}
