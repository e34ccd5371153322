package org.bridgewatch.scoring.topics;

import java.util.regex.Pattern;

/**
 * Translates the small Python {@code re} patterns of the topic model into Java patterns with
 * Python's Unicode semantics for {@code \s}, {@code \w} and {@code \b}. Java's own classes differ
 * (ASCII-only by default, and with UNICODE_CHARACTER_CLASS its {@code \w} also takes combining
 * marks, which Python's does not), and one differing character splits a token differently.
 */
final class PyRegex {
  /** Python str.isalnum() or '_' (Unicode letters and numbers). */
  static final String WORD = "[\\p{L}\\p{N}_]";

  /** The members of Python's {@code \s} for str patterns (str.isspace()), as class content. */
  static final String SPACE_CHARS =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
          + "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

  static final String SPACE = "[" + SPACE_CHARS + "]";

  /** Python's {@code \b}: a change between word and non-word characters (or text edges). */
  static final String BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

  private PyRegex() {}

  /** Compiles a Python pattern, case-insensitive like re.IGNORECASE on str when asked. */
  static Pattern compile(String python, boolean ignoreCase) {
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(translate(python), flags);
  }

  /**
   * Rewrites {@code \s}, {@code \w} and {@code \b} (outside classes) and {@code \s}, {@code \w}
   * inside classes; every other construct of these patterns means the same in both dialects.
   */
  static String translate(String python) {
    StringBuilder out = new StringBuilder(python.length() * 2);
    boolean inClass = false;
    for (int i = 0; i < python.length(); i++) {
      char ch = python.charAt(i);
      if (ch == '\\' && i + 1 < python.length()) {
        char next = python.charAt(++i);
        switch (next) {
          case 's' -> out.append(inClass ? SPACE_CHARS : SPACE);
          case 'w' -> out.append(inClass ? "\\p{L}\\p{N}_" : WORD);
          case 'b' -> {
            if (inClass) {
              throw new IllegalArgumentException("\\b inside a class: " + python);
            }
            out.append(BOUNDARY);
          }
          default -> out.append('\\').append(next);
        }
        continue;
      }
      if (ch == '[' && !inClass) {
        inClass = true;
      } else if (ch == ']' && inClass) {
        inClass = false;
      }
      out.append(ch);
    }
    return out.toString();
  }
}
