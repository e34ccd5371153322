package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference's custom tokenizer: lower-case and strip accents, then take seed URLs (e.g.
 * "help.x.com", with an optional scheme and path) as single tokens and otherwise every run of two
 * or more word characters (scikit-learn's default token pattern, with Python's {@code \w}).
 * Not thread-safe (accent-stripping cache).
 *
 * <p>The reference's pattern is one alternation, seed URLs first, then {@code \b\w\w+\b}. Its
 * matches are found here without running that alternation at every position (most of the topic
 * model's time went there): the word alternative matches exactly the maximal runs of two or more
 * word characters, found by a scan, and a regex of the seed alternatives alone finds the next seed
 * match. Whichever starts first wins, a seed on a tie, as in the alternation; the search resumes
 * where the winner ends. {@link #tokenizeByRegex} is the alternation itself, kept to check this.
 */
final class NoteTokenizer {
  private final Pattern pattern;
  private final Pattern seedPattern;
  private final PyText text = new PyText();

  NoteTokenizer(SeedTerms seeds) {
    StringBuilder p = new StringBuilder();
    for (String term : seeds.termsWithPeriods()) {
      p.append("(?:https?://)?(").append(term).append(")(?:/[^\\s]+)?|");
    }
    seedPattern = p.length() == 0
        ? null : PyRegex.compile(p.substring(0, p.length() - 1), true);
    p.append("\\b\\w\\w+\\b");
    pattern = PyRegex.compile(p.toString(), true);
  }

  /** The tokenizer alone, as the reference's custom_tokenizer. */
  List<String> tokenize(String doc) {
    String s = text.lowerAndStripAccents(doc);
    List<String> tokens = new ArrayList<>();
    Matcher seeds = seedPattern == null ? null : seedPattern.matcher(s);
    int seedStart = -2; // start of the next seed match at or after pos; -1 none; -2 not searched
    int pos = 0;
    int n = s.length();
    while (pos < n) {
      if (seeds != null && seedStart != -1 && seedStart < pos) {
        seedStart = seeds.find(pos) ? seeds.start() : -1;
      }
      int wordStart = nextRunStart(s, pos);
      int wordEnd = wordStart < 0 ? -1 : runEnd(s, wordStart);
      if (seedStart >= 0 && (wordStart < 0 || seedStart <= wordStart)) {
        tokens.add(seedGroup(seeds));
        pos = Math.max(seeds.end(), seedStart + 1); // an empty match cannot stall the scan
        continue;
      }
      if (wordStart < 0) {
        break;
      }
      tokens.add(s.substring(wordStart, wordEnd));
      pos = wordEnd;
    }
    return tokens;
  }

  /** The reference's alternation run as one regex: the oracle for {@link #tokenize}. */
  List<String> tokenizeByRegex(String doc) {
    String prepared = text.lowerAndStripAccents(doc);
    Matcher m = pattern.matcher(prepared);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(seedGroup(m) != null ? seedGroup(m) : m.group());
    }
    return tokens;
  }

  private static String seedGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      String seed = m.group(g);
      if (seed != null) {
        return seed;
      }
    }
    return null;
  }

  /**
   * Start of the first run of two or more word characters at or after {@code from} that begins
   * at a word boundary, or -1. A run that began before {@code from} does not count: the regex
   * would need a boundary at its start.
   */
  private static int nextRunStart(String s, int from) {
    int i = from;
    int n = s.length();
    boolean prevWord = from > 0 && isWord(s.codePointBefore(from));
    while (i < n) {
      int cp = s.codePointAt(i);
      boolean word = isWord(cp);
      if (word && !prevWord) {
        int next = i + Character.charCount(cp);
        if (next < n && isWord(s.codePointAt(next))) {
          return i;
        }
      }
      prevWord = word;
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static int runEnd(String s, int start) {
    int i = start;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isWord(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Python's {@code \w} for str: Unicode letters and numbers, and '_' ({@link PyRegex#WORD}). */
  static boolean isWord(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * CountVectorizer(tokenizer=custom) analysis with its own preprocessor first: lower-case only
   * when {@code stripAccents} is false (the stop-word pass), lower-case and strip accents when
   * true (the classifier). The tokenizer then repeats both, as in the reference.
   */
  List<String> analyze(String doc, boolean stripAccents) {
    String pre = stripAccents ? text.lowerAndStripAccents(doc) : PyText.lower(doc);
    return tokenize(pre);
  }
}
