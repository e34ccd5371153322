package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chunked buffers keep every value, in order, across chunk boundaries (64K elements). */
class GrowableTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 200_003})
  void intsMoveIntoPlaceAndThroughAMap(int size) {
    Growable.Ints plain = new Growable.Ints();
    Growable.Ints mapped = new Growable.Ints();
    int[] map = {7, 11, 13};
    for (int i = 0; i < size; i++) {
      plain.add(i * 31);
      mapped.add(i % 3);
    }
    assertThat(plain.size()).isEqualTo(size);
    int[] dest = new int[size + 5];
    plain.moveTo(dest, 5);
    int[] viaMap = new int[size + 2];
    mapped.moveTo(viaMap, 2, map);
    for (int i = 0; i < size; i++) {
      assertThat(dest[5 + i]).isEqualTo(i * 31);
      assertThat(viaMap[2 + i]).isEqualTo(map[i % 3]);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_536, 131_073})
  void longsAndBytesTrimToExactlySized(int size) {
    Growable.Longs longs = new Growable.Longs();
    Growable.Bytes bytes = new Growable.Bytes();
    for (int i = 0; i < size; i++) {
      longs.add(i * 1_000_000_007L);
      bytes.add((byte) i);
    }
    long[] l = longs.trimmed();
    byte[] b = bytes.trimmed();
    assertThat(l).hasSize(size);
    assertThat(b).hasSize(size);
    for (int i = 0; i < size; i++) {
      assertThat(l[i]).isEqualTo(i * 1_000_000_007L);
      assertThat(b[i]).isEqualTo((byte) i);
    }
  }
}
