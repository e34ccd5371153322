package org.bridgewatch.scoring.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedLabelerTest {
  private final SeedLabeler labeler = new SeedLabeler(SeedTerms.reference());

  private Topic label(String text) {
    int matched = labeler.matchedTopics(text);
    return Topic.ofLabel(SeedLabeler.label(matched));
  }

  @Test
  void plainTermsMatchAtWordStartOnlyAndAsPrefixes() {
    assertThat(label("Ukrainian forces")).isEqualTo(Topic.UKRAINE_CONFLICT);
    assertThat(label("the kyiv mayor")).isEqualTo(Topic.UKRAINE_CONFLICT);
    // Preceded by a non-space: no match.
    assertThat(label("pro-ukrainian")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("(russia)")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("SCAMMERS everywhere")).isEqualTo(Topic.SCAMS);
  }

  @Test
  void hamasNeedsWordBoundariesOnBothSides() {
    assertThat(label("hamas")).isEqualTo(Topic.GAZA_CONFLICT);
    assertThat(label("statement by (Hamas).")).isEqualTo(Topic.GAZA_CONFLICT);
    assertThat(label("hamasx")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("xhamas")).isEqualTo(Topic.UNASSIGNED);
    // Underscore is a word character in Python's \w.
    assertThat(label("hamas_")).isEqualTo(Topic.UNASSIGNED);
  }

  @Test
  void messiEndsAtABoundaryButRonaldoIsAPrefix() {
    assertThat(label("messi scored")).isEqualTo(Topic.MESSI_RONALDO);
    assertThat(label("Messi's goal")).isEqualTo(Topic.MESSI_RONALDO);
    assertThat(label("messiah")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("lionelmessi")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("ronaldos")).isEqualTo(Topic.MESSI_RONALDO);
  }

  @Test
  void whitespaceTermsAndUrls() {
    assertThat(label("an undisclosed ad")).isEqualTo(Topic.SCAMS);
    assertThat(label("an undisclosed\tad")).isEqualTo(Topic.SCAMS);
    assertThat(label("see help.x.com")).isEqualTo(Topic.SCAMS);
    assertThat(label("see helpxxcom")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("engagement farming")).isEqualTo(Topic.SCAMS);
  }

  @Test
  void inDimensionTwoTerms() {
    assertThat(label("sc, st reservation")).isEqualTo(Topic.IN_DIMENSION_TWO);
    assertThat(label("the obc list")).isEqualTo(Topic.IN_DIMENSION_TWO);
    assertThat(label("scst")).isEqualTo(Topic.UNASSIGNED);
    assertThat(label("आरक्षण नीति")).isEqualTo(Topic.IN_DIMENSION_TWO);
  }

  @Test
  void severalTopicsConflict() {
    int matched = labeler.matchedTopics("russia and israel");
    assertThat(SeedLabeler.conflicted(matched)).isTrue();
    assertThat(SeedLabeler.label(matched)).isZero();
    assertThat(matched)
        .isEqualTo(
            (1 << Topic.UKRAINE_CONFLICT.label()) | (1 << Topic.GAZA_CONFLICT.label()));
    assertThat(SeedLabeler.conflicted(labeler.matchedTopics("russia putin"))).isFalse();
  }

  /**
   * Running only the terms a text could match finds exactly what the full alternation of every
   * term finds (built here the plain way), on texts mixing seed words, near misses and the
   * characters that case-insensitive matching folds (dotless i, long s, the Kelvin sign).
   */
  @Test
  void reducedAlternationsAgreeWithTheFullOne() {
    StringBuilder full = new StringBuilder();
    java.util.List<Topic> topics = new java.util.ArrayList<>();
    SeedTerms.reference().byTopic().forEach((topic, terms) -> {
      StringBuilder alternatives = new StringBuilder();
      for (String term : terms) {
        boolean asWritten =
            term.contains("\\.") || term.startsWith("\\b") || term.startsWith("\\s");
        alternatives.append(alternatives.isEmpty() ? "" : "|")
            .append(asWritten ? term : "(?:\\s|^)" + term);
      }
      full.append(full.isEmpty() ? "" : "|")
          .append("(?<").append(topic.refName).append('>').append(alternatives).append(')');
      topics.add(topic);
    });
    java.util.regex.Pattern pattern = PyRegex.compile(full.toString(), true);
    String[] pieces = {"ukrain", "Rusſia", "KYİV", "putın", "hamas", "(hamas)", "gaza", "messi",
        "messiah", "scam", "undisclosed ad", "help.x.com", "x.com/tos", "sc, st", "st,sc", "gc",
        "obc", "आरक्षण", "\u212Aiev", "ſpam", "drop ship", "promotıon", "x", " ", ",", "\n", "the",
        "ronaldo", "israel", "palestine", "-", "_"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int matchedTexts = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(6);
      for (int w = 0; w < words; w++) {
        text.append(random.nextInt(3) == 0 ? "" : " ").append(pieces[random.nextInt(pieces.length)]);
      }
      java.util.regex.Matcher m = pattern.matcher(PyText.lower(text.toString()));
      int expected = 0;
      while (m.find()) {
        for (Topic topic : topics) {
          String g = m.group(topic.refName);
          if (g != null && !g.isEmpty()) {
            expected |= 1 << topic.label();
          }
        }
      }
      matchedTexts += expected != 0 ? 1 : 0;
      assertThat(labeler.matchedTopics(text.toString())).as(text.toString()).isEqualTo(expected);
    }
    assertThat(matchedTexts).isGreaterThan(5_000);
  }
}
