package org.bridgewatch.scoring.synth;

/**
 * Deterministic identifiers: 64-hex-digit participant ids (shaped like X's hashed ids) and
 * snowflake note / post ids that encode their creation time, as X's ids do.
 */
final class SynthIds {
  /** X's snowflake epoch (2010-11-04). */
  static final long SNOWFLAKE_EPOCH_MILLIS = 1288834974657L;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private SynthIds() {}

  /** SplitMix64's finalizer: a bijective scrambler of 64 bits. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A seed for stream {@code stream}, item {@code index} of a run seeded with {@code seed}. */
  static long streamSeed(long seed, long stream, long index) {
    return mix64(mix64(seed * 0x9E3779B97F4A7C15L + stream) + index);
  }

  /** Writes the 64 hex digits of participant {@code index} into {@code out[0..64)}. */
  static void participantId(long seed, int index, byte[] out) {
    for (int word = 0; word < 4; word++) {
      long bits = streamSeed(seed, 0x5EED_1D00L + word, index);
      for (int nibble = 0; nibble < 16; nibble++) {
        out[word * 16 + nibble] = HEX[(int) (bits >>> (60 - 4 * nibble)) & 0xF];
      }
    }
  }

  static String participantId(long seed, int index) {
    byte[] out = new byte[64];
    participantId(seed, index, out);
    return new String(out, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** A snowflake id for {@code millis}; {@code sequence} (22 bits) keeps same-ms ids distinct. */
  static long snowflake(long millis, long sequence) {
    return ((millis - SNOWFLAKE_EPOCH_MILLIS) << 22) | (sequence & 0x3FFFFF);
  }
}
