package org.bridgewatch.scoring.io;

import java.util.Arrays;

/**
 * Append-only primitive buffers for streaming a column of unknown length; {@code trimmed()} hands
 * back an exactly sized array (the buffer itself when it already fits). Growth is 1.5x so that a
 * 200M-row column never needs more than about 2.5 copies of itself at once. Columns read in parts
 * are joined with {@code moveTo}, which copies a part into the whole and frees it at once, so that
 * joining needs only one extra column at a time.
 */
final class Growable {
  private static final int INITIAL = 1024;

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

  static final class Ints {
    private int[] a = new int[INITIAL];
    private int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(size));
      }
      a[size++] = v;
    }

    int size() {
      return size;
    }

    int[] trimmed() {
      return size == a.length ? a : Arrays.copyOf(a, size);
    }

    /** Copies the values to {@code dest} from {@code at} and lets go of this buffer. */
    void moveTo(int[] dest, int at) {
      System.arraycopy(a, 0, dest, at, size);
      a = null;
    }

    /** As {@link #moveTo(int[], int)}, writing {@code map[v]} for each value v. */
    void moveTo(int[] dest, int at, int[] map) {
      for (int i = 0; i < size; i++) {
        dest[at + i] = map[a[i]];
      }
      a = null;
    }
  }

  static final class Longs {
    private long[] a = new long[INITIAL];
    private int size;

    void add(long v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(size));
      }
      a[size++] = v;
    }

    long[] trimmed() {
      return size == a.length ? a : Arrays.copyOf(a, size);
    }

    /** Copies the values to {@code dest} from {@code at} and lets go of this buffer. */
    void moveTo(long[] dest, int at) {
      System.arraycopy(a, 0, dest, at, size);
      a = null;
    }
  }

  static final class Bytes {
    private byte[] a = new byte[INITIAL];
    private int size;

    void add(byte v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(size));
      }
      a[size++] = v;
    }

    byte[] trimmed() {
      return size == a.length ? a : Arrays.copyOf(a, size);
    }

    /** Copies the values to {@code dest} from {@code at} and lets go of this buffer. */
    void moveTo(byte[] dest, int at) {
      System.arraycopy(a, 0, dest, at, size);
      a = null;
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
