package org.bridgewatch.scoring.io;

import java.util.Arrays;

/**
 * Dense indexes, in first-seen order, for the participant ids of one part of a file, taken
 * straight from a row's characters: no String per rating, and a lookup touches two arrays (slot,
 * then the id's characters) where a map of Strings touches four (and allocates a String per
 * rating). The part's ids become Strings once each, when the part is interned into the shared
 * {@code ParticipantIndex}.
 */
final class IdInterner {
  /** Per slot: the id's hash in the high half, its index + 1 in the low half; 0 = empty. */
  private long[] slots = new long[1 << 10];
  private int[] start = new int[1 << 9];
  private int[] length = new int[1 << 9];
  private char[] chars = new char[1 << 14];
  private int used;
  private int size;

  int size() {
    return size;
  }

  String id(int index) {
    return new String(chars, start[index], length[index]);
  }

  /** The index of the id in {@code c[off, off + len)}, adding it if new. */
  int intern(char[] c, int off, int len) {
    int h = hash(c, off, len);
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return add(slot, h, c, off, len);
      }
      if ((int) (s >>> 32) == h) {
        int index = (int) s - 1;
        if (length[index] == len
            && Arrays.equals(chars, start[index], start[index] + len, c, off, off + len)) {
          return index;
        }
      }
    }
  }

  private int add(int slot, int h, char[] c, int off, int len) {
    int index = size++;
    if (index == start.length) {
      start = Arrays.copyOf(start, index * 2);
      length = Arrays.copyOf(length, index * 2);
    }
    if (used + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
    System.arraycopy(c, off, chars, used, len);
    start[index] = used;
    length[index] = len;
    used += len;
    slots[slot] = ((long) h << 32) | (index + 1L);
    if (size * 2 > slots.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long s : old) {
      if (s != 0) {
        int slot = mix((int) (s >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = s;
      }
    }
  }

  private static int hash(char[] c, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + c[i];
    }
    return h;
  }

  /** Spreads the polynomial hash over the low bits used for the slot (murmur3's finalizer). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
