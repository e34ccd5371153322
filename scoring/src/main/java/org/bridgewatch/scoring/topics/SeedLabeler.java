package org.bridgewatch.scoring.topics;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed labelling: one case-insensitive alternation of every topic's terms (topics in label order,
 * one named group each) is run over the lower-cased text. A text whose matches name exactly one
 * topic gets that label; a text matching several topics is "conflicted": label UNASSIGNED, and
 * the set of matched topics kept for later resolution.
 */
final class SeedLabeler {
  private final Pattern pattern;
  private final Topic[] groupTopics;

  SeedLabeler(SeedTerms seeds) {
    Map<Topic, List<String>> byTopic = seeds.byTopic();
    groupTopics = byTopic.keySet().toArray(Topic[]::new);
    StringBuilder full = new StringBuilder();
    for (Topic topic : groupTopics) {
      StringBuilder alternatives = new StringBuilder();
      for (String term : byTopic.get(topic)) {
        if (!alternatives.isEmpty()) {
          alternatives.append('|');
        }
        boolean asWritten =
            term.contains("\\.") || term.startsWith("\\b") || term.startsWith("\\s");
        alternatives.append(asWritten ? term : "(?:\\s|^)" + term);
      }
      if (!full.isEmpty()) {
        full.append('|');
      }
      full.append("(?<").append(groupName(topic)).append('>').append(alternatives).append(')');
    }
    pattern = PyRegex.compile(full.toString(), true);
  }

  private static String groupName(Topic topic) {
    return topic.refName;
  }

  /**
   * Returns a bitset of matched topic labels (bit {@code label}); 0 when nothing matched. A text
   * is labelled when exactly one bit is set.
   */
  int matchedTopics(String text) {
    Matcher m = pattern.matcher(PyText.lower(text));
    int found = 0;
    while (m.find()) {
      for (Topic topic : groupTopics) {
        String g = m.group(groupName(topic));
        if (g != null && !g.isEmpty()) {
          found |= 1 << topic.label();
        }
      }
    }
    return found;
  }

  /** The single matched topic's label, or UNASSIGNED (0) for none or a conflict. */
  static int label(int matched) {
    return Integer.bitCount(matched) == 1 ? Integer.numberOfTrailingZeros(matched) : 0;
  }

  static boolean conflicted(int matched) {
    return Integer.bitCount(matched) > 1;
  }
}
