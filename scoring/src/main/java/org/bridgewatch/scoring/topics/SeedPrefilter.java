package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which seed terms could match a text: every seed term is a plain concatenation, so any match
 * contains the term's longest run of literal characters. A term whose literal does not occur in
 * the text cannot match it.
 *
 * <p>Why: the seed alternation is tried at every position of every post, and at a million ratings
 * that was the largest cost of preparing ratings. Most posts contain none of the literals.
 *
 * <p>The regex matches case-insensitively with Unicode case, which pairs characters whose
 * {@code toLowerCase(toUpperCase(c))} agree (so dotless i matches i, long s matches s); texts
 * and literals are compared after that same folding. A term with alternation, groups or an
 * unknown escape gets no literal and always counts as present.
 */
final class SeedPrefilter {
  private final List<String> literals;

  private SeedPrefilter(List<String> literals) {
    this.literals = literals;
  }

  /** For these Python-syntax terms, at most 64. */
  static SeedPrefilter of(Collection<String> terms) {
    if (terms.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 seed terms, got " + terms.size());
    }
    List<String> literals = new ArrayList<>();
    for (String term : terms) {
      String literal = longestLiteral(term);
      literals.add(literal == null ? "" : fold(literal));
    }
    return new SeedPrefilter(List.copyOf(literals));
  }

  /**
   * Bit i set when term i could match {@code lowered} (the text as given to the regex); a term
   * whose bit is clear matches nowhere in it.
   */
  long presentTerms(String lowered) {
    String folded = fold(lowered);
    long present = 0;
    for (int i = 0; i < literals.size(); i++) {
      if (folded.contains(literals.get(i))) {
        present |= 1L << i;
      }
    }
    return present;
  }

  /** False only when no term can match {@code lowered}. */
  boolean mayMatch(String lowered) {
    return presentTerms(lowered) != 0;
  }

  /**
   * The longest run of characters the term matches literally, or null when the term is not a
   * plain concatenation of literals, escapes, classes and quantifiers.
   */
  static String longestLiteral(String term) {
    String best = "";
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < term.length(); i++) {
      char ch = term.charAt(i);
      if ("|()".indexOf(ch) >= 0) {
        return null;
      }
      if (ch == '\\') {
        if (i + 1 >= term.length()) {
          return null;
        }
        char escaped = term.charAt(++i);
        if (escaped == '.' || escaped == '/' || escaped == '-') {
          run.append(escaped);
          continue;
        }
        if ("sbwSBWd".indexOf(escaped) < 0) {
          return null;
        }
        best = longer(best, run);
        run.setLength(0);
        continue;
      }
      if (ch == '[') {
        int close = term.indexOf(']', i + 1);
        if (close < 0) {
          return null;
        }
        best = longer(best, run);
        run.setLength(0);
        i = close;
        continue;
      }
      if (ch == '+' || ch == '*' || ch == '?' || ch == '{') {
        // The quantified item may repeat or vanish: the run ends before it.
        if (ch != '+' && !run.isEmpty()) {
          run.setLength(run.length() - 1);
        }
        best = longer(best, run);
        run.setLength(0);
        if (ch == '{') {
          int close = term.indexOf('}', i + 1);
          if (close < 0) {
            return null;
          }
          i = close;
        }
        continue;
      }
      if (ch == '.' || ch == '^' || ch == '$') {
        best = longer(best, run);
        run.setLength(0);
        continue;
      }
      run.append(ch);
    }
    return longer(best, run);
  }

  private static String longer(String best, StringBuilder run) {
    return run.length() > best.length() ? run.toString() : best;
  }

  /** The regex's Unicode case-insensitive identity of each char. */
  static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = Character.toLowerCase(Character.toUpperCase(c));
      if (f != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(f);
      }
    }
    return out == null ? text : out.toString();
  }
}
