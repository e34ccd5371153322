package org.bridgewatch.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipantIndexTest {
  @Test
  void internsInFirstSeenOrderAndIsIdempotent() {
    ParticipantIndex index = new ParticipantIndex();
    assertThat(index.intern("B")).isEqualTo(0);
    assertThat(index.intern("A")).isEqualTo(1);
    assertThat(index.intern("B")).isEqualTo(0);
    assertThat(index.indexOf("C")).isEqualTo(-1);
    assertThat(index.id(1)).isEqualTo("A");
    assertThat(index.size()).isEqualTo(2);
  }
}
