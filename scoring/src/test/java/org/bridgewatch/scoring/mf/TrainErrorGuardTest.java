package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainErrorGuardTest {
  private static MfResult withTrainLoss(double loss) {
    return new MfResult(MfParams.zeros(1, 1), loss, loss, 1, true);
  }

  @Test
  void failsAboveTheThresholdOnProductionSizedData() {
    assertThatThrownBy(() -> TrainErrorGuard.check(withTrainLoss(0.1601), 200, 0.16))
        .isInstanceOf(IllegalStateException.class);
    assertThatCode(() -> TrainErrorGuard.check(withTrainLoss(0.16), 200, 0.16))
        .doesNotThrowAnyException();
  }

  @Test
  void skipsTestSizedData() {
    assertThatCode(() -> TrainErrorGuard.check(withTrainLoss(0.5), 199, 0.16))
        .doesNotThrowAnyException();
  }
}
