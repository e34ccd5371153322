package org.bridgewatch.scoring.io;

import java.util.Arrays;

/**
 * Append-only primitive buffers for streaming a column of unknown length. The rating columns
 * ({@link Ints}, {@link Longs}, {@link Bytes}) grow in fixed chunks, so growing never copies and
 * never holds slack beyond one chunk; {@code moveTo} copies a buffer into its place in the whole
 * column and frees each chunk as soon as it is copied, so joining parts needs the column about
 * once, not twice (with a doubling array, a 200M-row table needed up to 2.5 copies of itself at
 * once while being read). {@code trimmed()} hands back an exactly sized array.
 */
final class Growable {
  private static final int INITIAL = 1024;
  /** Elements per chunk: 64K, so a chunk of longs is 512 KB and a tiny table stays tiny. */
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private Growable() {}

  private static int grow(int length) {
    long wanted = Math.max(INITIAL, length + (long) (length >> 1));
    if (wanted > Integer.MAX_VALUE - 8) {
      if (length >= Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("column too large for a Java array");
      }
      wanted = Integer.MAX_VALUE - 8;
    }
    return (int) wanted;
  }

  /** Room for one more chunk pointer (the chunk table itself is small: 3,000 slots at 200M). */
  private static <T> T[] moreChunks(T[] chunks, int used) {
    return used < chunks.length ? chunks : Arrays.copyOf(chunks, chunks.length * 2);
  }

  private static void checkSize(int size) {
    if (size == Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("column too large for a Java array");
    }
  }

  static final class Ints {
    private int[][] chunks = new int[8][];
    private int size;

    void add(int v) {
      int c = size >>> CHUNK_BITS;
      if ((size & MASK) == 0) {
        checkSize(size);
        chunks = moreChunks(chunks, c);
        chunks[c] = new int[CHUNK];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    int size() {
      return size;
    }

    int[] trimmed() {
      int[] out = new int[size];
      moveTo(out, 0);
      return out;
    }

    /** Copies the values to {@code dest} from {@code at}, freeing each chunk once copied. */
    void moveTo(int[] dest, int at) {
      for (int c = 0, done = 0; done < size; c++) {
        int n = Math.min(CHUNK, size - done);
        System.arraycopy(chunks[c], 0, dest, at + done, n);
        chunks[c] = null;
        done += n;
      }
      chunks = null;
    }

    /** As {@link #moveTo(int[], int)}, writing {@code map[v]} for each value v. */
    void moveTo(int[] dest, int at, int[] map) {
      for (int c = 0, done = 0; done < size; c++) {
        int n = Math.min(CHUNK, size - done);
        int[] chunk = chunks[c];
        for (int i = 0; i < n; i++) {
          dest[at + done + i] = map[chunk[i]];
        }
        chunks[c] = null;
        done += n;
      }
      chunks = null;
    }
  }

  static final class Longs {
    private long[][] chunks = new long[8][];
    private int size;

    void add(long v) {
      int c = size >>> CHUNK_BITS;
      if ((size & MASK) == 0) {
        checkSize(size);
        chunks = moreChunks(chunks, c);
        chunks[c] = new long[CHUNK];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    long[] trimmed() {
      long[] out = new long[size];
      moveTo(out, 0);
      return out;
    }

    /** Copies the values to {@code dest} from {@code at}, freeing each chunk once copied. */
    void moveTo(long[] dest, int at) {
      for (int c = 0, done = 0; done < size; c++) {
        int n = Math.min(CHUNK, size - done);
        System.arraycopy(chunks[c], 0, dest, at + done, n);
        chunks[c] = null;
        done += n;
      }
      chunks = null;
    }
  }

  static final class Bytes {
    private byte[][] chunks = new byte[8][];
    private int size;

    void add(byte v) {
      int c = size >>> CHUNK_BITS;
      if ((size & MASK) == 0) {
        checkSize(size);
        chunks = moreChunks(chunks, c);
        chunks[c] = new byte[CHUNK];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    byte[] trimmed() {
      byte[] out = new byte[size];
      moveTo(out, 0);
      return out;
    }

    /** Copies the values to {@code dest} from {@code at}, freeing each chunk once copied. */
    void moveTo(byte[] dest, int at) {
      for (int c = 0, done = 0; done < size; c++) {
        int n = Math.min(CHUNK, size - done);
        System.arraycopy(chunks[c], 0, dest, at + done, n);
        chunks[c] = null;
        done += n;
      }
      chunks = null;
    }
  }

  static final class Booleans {
    private boolean[] a = new boolean[INITIAL];
    private int size;

    void add(boolean v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(size));
      }
      a[size++] = v;
    }

    boolean[] trimmed() {
      return size == a.length ? a : Arrays.copyOf(a, size);
    }
  }

  static final class Strings {
    private String[] a = new String[INITIAL];
    private int size;

    void add(String v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(size));
      }
      a[size++] = v;
    }

    String[] trimmed() {
      return size == a.length ? a : Arrays.copyOf(a, size);
    }
  }
}
