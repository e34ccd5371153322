package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed labelling: one case-insensitive alternation of every topic's terms (topics in label order,
 * one named group each) is run over the lower-cased text. A text whose matches name exactly one
 * topic gets that label; a text matching several topics is "conflicted": label UNASSIGNED, and
 * the set of matched topics kept for later resolution.
 *
 * <p>Speed without a change in meaning: a term whose literal does not occur in a text
 * ({@link SeedPrefilter}) cannot match anywhere in it, and dropping an alternative that never
 * matches leaves every leftmost-first match of the alternation as it was. So each text runs the
 * alternation of only the terms it could match (compiled once per such set of terms and cached),
 * and a text with none runs nothing. The full alternation tried every term at every position.
 */
final class SeedLabeler {
  private final List<Topic> termTopic = new ArrayList<>();
  private final List<String> termRegex = new ArrayList<>();
  private final SeedPrefilter prefilter;
  private final Map<Long, Alternation> byPresentTerms = new ConcurrentHashMap<>();

  /** A compiled alternation and its topics in group order. */
  private record Alternation(Pattern pattern, Topic[] topics) {}

  SeedLabeler(SeedTerms seeds) {
    List<String> terms = new ArrayList<>();
    for (Map.Entry<Topic, List<String>> e : seeds.byTopic().entrySet()) {
      for (String term : e.getValue()) {
        boolean asWritten =
            term.contains("\\.") || term.startsWith("\\b") || term.startsWith("\\s");
        termTopic.add(e.getKey());
        termRegex.add(asWritten ? term : "(?:\\s|^)" + term);
        terms.add(term);
      }
    }
    prefilter = SeedPrefilter.of(terms);
  }

  /**
   * Returns a bitset of matched topic labels (bit {@code label}); 0 when nothing matched. A text
   * is labelled when exactly one bit is set.
   */
  int matchedTopics(String text) {
    String lowered = PyText.lower(text);
    long present = prefilter.presentTerms(lowered);
    if (present == 0) {
      return 0;
    }
    Alternation alternation = byPresentTerms.computeIfAbsent(present, this::compile);
    Matcher m = alternation.pattern().matcher(lowered);
    int found = 0;
    while (m.find()) {
      for (Topic topic : alternation.topics()) {
        String g = m.group(topic.refName);
        if (g != null && !g.isEmpty()) {
          found |= 1 << topic.label();
        }
      }
    }
    return found;
  }

  /** The alternation of the given terms, in their original order, grouped by topic. */
  private Alternation compile(long terms) {
    StringBuilder full = new StringBuilder();
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < termTopic.size(); i++) {
      if ((terms & (1L << i)) == 0) {
        continue;
      }
      Topic topic = termTopic.get(i);
      boolean newGroup = topics.isEmpty() || topics.get(topics.size() - 1) != topic;
      if (newGroup) {
        if (!topics.isEmpty()) {
          full.append(")|");
        }
        full.append("(?<").append(topic.refName).append('>');
        topics.add(topic);
      } else {
        full.append('|');
      }
      full.append(termRegex.get(i));
    }
    full.append(')');
    return new Alternation(PyRegex.compile(full.toString(), true), topics.toArray(Topic[]::new));
  }

  /** The single matched topic's label, or UNASSIGNED (0) for none or a conflict. */
  static int label(int matched) {
    return Integer.bitCount(matched) == 1 ? Integer.numberOfTrailingZeros(matched) : 0;
  }

  static boolean conflicted(int matched) {
    return Integer.bitCount(matched) > 1;
  }
}
