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
 */
final class NoteTokenizer {
  private final Pattern pattern;
  private final PyText text = new PyText();

  NoteTokenizer(SeedTerms seeds) {
    StringBuilder p = new StringBuilder();
    for (String term : seeds.termsWithPeriods()) {
      p.append("(?:https?://)?(").append(term).append(")(?:/[^\\s]+)?|");
    }
    p.append("\\b\\w\\w+\\b");
    pattern = PyRegex.compile(p.toString(), true);
  }

  /** The tokenizer alone, as the reference's custom_tokenizer. */
  List<String> tokenize(String doc) {
    String prepared = text.lowerAndStripAccents(doc);
    Matcher m = pattern.matcher(prepared);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      String seed = null;
      for (int g = 1; g <= m.groupCount() && seed == null; g++) {
        seed = m.group(g);
      }
      tokens.add(seed != null ? seed : m.group());
    }
    return tokens;
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
