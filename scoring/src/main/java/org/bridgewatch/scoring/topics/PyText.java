package org.bridgewatch.scoring.topics;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Python / scikit-learn text preprocessing: {@code str.lower()} and CountVectorizer's
 * {@code strip_accents="unicode"} (NFKD, then drop characters whose canonical combining class is
 * not 0). Instances cache combining classes; not thread-safe, so use one per thread.
 */
final class PyText {
  /** U+0345 has the highest canonical combining class (240); U+0334 the lowest non-zero (1). */
  private static final String HIGHEST_CCC_MARK = "\u0345";

  private static final String LOWEST_CCC_MARK = "\u0334";

  private final Int2IntOpenHashMap combiningCache = new Int2IntOpenHashMap();

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** CountVectorizer's default preprocessor with strip_accents="unicode": lower, then strip. */
  String lowerAndStripAccents(String s) {
    return stripAccents(lower(s));
  }

  /** sklearn strip_accents_unicode: ASCII text unchanged; else NFKD minus combining marks. */
  String stripAccents(String s) {
    if (isAscii(s)) {
      return s;
    }
    String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(nfkd.length());
    nfkd.codePoints().filter(cp -> !isCombining(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * unicodedata.combining(c) != 0. Java has no direct accessor, but NFD's canonical reordering
   * reveals it: a character of class 1..239 placed after U+0345 (class 240) is moved before it,
   * and one of class 2..240 placed before U+0334 (class 1) is moved after it. Class-0 characters
   * never move. Only called on NFKD output, which NFD leaves otherwise unchanged.
   */
  boolean isCombining(int cp) {
    if (cp < 0x300) {
      return false;
    }
    return combiningCache.computeIfAbsent(cp, c -> computeCombining(c) ? 1 : 0) == 1;
  }

  private static boolean computeCombining(int cp) {
    String c = new String(Character.toChars(cp));
    String before = HIGHEST_CCC_MARK + c;
    if (!Normalizer.normalize(before, Normalizer.Form.NFD).equals(before)) {
      return true;
    }
    String after = c + LOWEST_CCC_MARK;
    return !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after);
  }
}
