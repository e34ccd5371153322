package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topic model's seed terms, written as Python regular expressions exactly as the reference's
 * configuration has them (they are data: changing one changes which posts get labelled).
 * Plain terms match at the start of a whitespace-delimited word, so "ukrain" also finds
 * "ukrainian"; terms with their own {@code \b} or {@code \s}, and URL terms, match as written.
 */
public final class SeedTerms {
  private final Map<Topic, List<String>> terms;

  public SeedTerms(Map<Topic, List<String>> terms) {
    this.terms = new EnumMap<>(terms);
  }

  /** The reference's seed terms. */
  public static SeedTerms reference() {
    Map<Topic, List<String>> t = new EnumMap<>(Topic.class);
    t.put(
        Topic.UKRAINE_CONFLICT,
        List.of("ukrain", "russia", "kiev", "kyiv", "moscow", "zelensky", "putin"));
    t.put(Topic.GAZA_CONFLICT, List.of("israel", "palestin", "gaza", "jerusalem", "\\bhamas\\b"));
    t.put(Topic.MESSI_RONALDO, List.of("messi\\b", "ronaldo"));
    t.put(
        Topic.SCAMS,
        List.of(
            "scam",
            "undisclosed\\sad",
            "terms\\sof\\sservice",
            "help\\.x\\.com",
            "x\\.com/tos",
            "engagement\\sfarm",
            "spam",
            "gambling",
            "apostas",
            "apuestas",
            "dropship",
            "drop\\sship",
            "promotion"));
    t.put(
        Topic.IN_DIMENSION_TWO,
        List.of(
            "\\bugc\\b",
            "\\bgc\\b",
            "\\bobc\\b",
            "\\bsc\\b",
            "\\bsc[,\\s]+st\\b",
            "\\bst[,\\s]+sc\\b",
            "आरक्षण"));
    return new SeedTerms(t);
  }

  /** Topics in label order with their terms. */
  public Map<Topic, List<String>> byTopic() {
    return terms;
  }

  /** Terms containing an escaped period (URLs): the tokenizer keeps these whole. */
  public List<String> termsWithPeriods() {
    List<String> out = new ArrayList<>();
    for (List<String> ts : terms.values()) {
      for (String term : ts) {
        if (term.contains("\\.")) {
          out.add(term);
        }
      }
    }
    return out;
  }

  /**
   * Substrings that make a vocabulary token a stop word, so the classifier cannot learn from the
   * labelling terms themselves: each term with {@code \s}/{@code \b} removed, and each term with
   * every escape {@code \x} turned into '.', as the reference derives them.
   */
  public Set<String> blockedTokens() {
    Set<String> blocked = new LinkedHashSet<>();
    for (List<String> ts : terms.values()) {
      for (String term : ts) {
        String t = term.strip();
        blocked.add(t.replaceAll("\\\\[sb]", ""));
        blocked.add(t.replaceAll("\\\\.", "."));
      }
    }
    return blocked;
  }
}
