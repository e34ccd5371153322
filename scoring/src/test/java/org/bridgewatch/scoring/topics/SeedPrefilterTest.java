package org.bridgewatch.scoring.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedPrefilterTest {
  private static final List<String> TERMS =
      SeedTerms.reference().byTopic().values().stream().flatMap(List::stream).toList();

  @Test
  void longestLiteralOfEachTermShape() {
    assertThat(SeedPrefilter.longestLiteral("ukrain")).isEqualTo("ukrain");
    assertThat(SeedPrefilter.longestLiteral("\\bhamas\\b")).isEqualTo("hamas");
    assertThat(SeedPrefilter.longestLiteral("undisclosed\\sad")).isEqualTo("undisclosed");
    assertThat(SeedPrefilter.longestLiteral("help\\.x\\.com")).isEqualTo("help.x.com");
    assertThat(SeedPrefilter.longestLiteral("\\bsc[,\\s]+st\\b")).isEqualTo("sc");
    assertThat(SeedPrefilter.longestLiteral("ab?cd")).isEqualTo("cd");
    assertThat(SeedPrefilter.longestLiteral("a(b|c)")).isNull();
  }

  @Test
  void termWithoutLiteralTurnsTheShortcutOff() {
    SeedPrefilter filter = SeedPrefilter.of(List.of("messi", "(a|b)"));
    assertThat(filter.mayMatch("nothing here")).isTrue();
  }

  /** The shortcut may only skip texts that no term's regex matches, case folding included. */
  @Test
  void neverSkipsATextThatATermMatches() {
    SeedPrefilter filter = SeedPrefilter.of(TERMS);
    List<java.util.regex.Pattern> patterns =
        TERMS.stream().map(t -> PyRegex.compile(t, true)).toList();
    String[] pieces = {"ukrain", "Rusſia", "KYİV", "putın", "hamas", "gaza", "messi", "scam",
        "undisclosed ad", "help.x.com", "sc, st", "gc", "आरक्षण", "\u212Aiev", "ſpam", "drop ship",
        "promotıon", "x", " ", ",", "\n", "the", "bank", "ronaldo", "israel", "ﬀ", "İ"};
    SplittableRandom random = new SplittableRandom(3);
    int skipped = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(5);
      for (int w = 0; w < words; w++) {
        String piece = pieces[random.nextInt(pieces.length)];
        if (random.nextBoolean() && piece.length() > 1) {
          piece = piece.substring(random.nextInt(piece.length()));
        }
        text.append(random.nextBoolean() ? " " : "").append(piece);
      }
      String lowered = PyText.lower(text.toString());
      boolean anyMatch = patterns.stream().anyMatch(p -> p.matcher(lowered).find());
      if (anyMatch) {
        assertThat(filter.mayMatch(lowered)).as(lowered).isTrue();
      } else if (!filter.mayMatch(lowered)) {
        skipped++;
      }
    }
    assertThat(skipped).as("texts the shortcut skips").isGreaterThan(1000);
  }
}
