package org.bridgewatch.scoring.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private final NoteTokenizer tokenizer = new NoteTokenizer(SeedTerms.reference());

  @Test
  void tokensAreRunsOfTwoOrMoreWordCharacters() {
    assertThat(tokenizer.tokenize("A bb, CCC d_e 42 x")).containsExactly("bb", "ccc", "d_e", "42");
  }

  @Test
  void scannedTokensEqualTheReferenceAlternationOnAwkwardText() {
    // Seeds overlapping words, a seed glued to a word, empty and repeated seeds, underscores,
    // digits, letters outside the BMP (math bold A is a letter, the emoji is not), combining marks.
    String[] docs = {
      "", "x", "ab", "foox.com help.x.comabc x.com/tos/more https://x.com/tos?a=1 end",
      "http://help.x.com/ https://help.x.com", "help.x.com.x.com/tos", "a_b __ 1 22 _",
      "\uD835\uDC00\uD835\uDC01 \uD83D\uDE00\uD83D\uDE00 ab\uD83D\uDE00cd", "नीति आरक्षण x.COM/TOS",
      "end with seed help.x.com", "..x.com..", "see https://help.x.com/en/rules now"
    };
    for (String doc : docs) {
      assertThat(tokenizer.tokenize(doc)).as(doc).isEqualTo(tokenizer.tokenizeByRegex(doc));
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String[] pieces = {"a", "b", "x", ".", "com", "/", "tos", "help", " ", "_", "7", "é", "\t",
        "https://", "\uD835\uDC00", "\uD83D\uDE00", "-", "\u0915\u094D", "\u00A0", "X.COM"};
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder doc = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        doc.append(pieces[random.nextInt(pieces.length)]);
      }
      String d = doc.toString();
      assertThat(tokenizer.tokenize(d)).as(d).isEqualTo(tokenizer.tokenizeByRegex(d));
    }
  }

  @Test
  void accentsAreStrippedAfterLowerCasing() {
    assertThat(tokenizer.tokenize("Café NAÏVE")).containsExactly("cafe", "naive");
    // Compatibility decomposition: the ligature becomes two letters.
    assertThat(tokenizer.tokenize("ﬁne")).containsExactly("fine");
  }

  @Test
  void seedUrlsAreSingleTokens() {
    assertThat(tokenizer.tokenize("see https://help.x.com/en/rules now"))
        .containsExactly("see", "help.x.com", "now");
  }

  @Test
  void combiningMarksWithZeroClassAreWordBreaksLikePython() {
    // The virama (class 9) is stripped; vowel signs (class 0, category Mc) stay but are not \w
    // in Python, so "नीति" splits into single letters and yields no token.
    assertThat(tokenizer.tokenize("आरक्षण नीति")).containsExactly("आरकषण");
  }

  @Test
  void urlsKeepOnlyLongWords() {
    assertThat(PostTexts.filterUrls("see https://www.reuters.com/world/2dc87d92 now"))
        .isEqualTo("see https reuters world now");
    assertThat(PostTexts.filterUrls("(https://t.co/sc_lang)")).isEqualTo("(https lang)");
    assertThat(PostTexts.filterUrls("https://help.x.com/rules")).isEqualTo("https://help.x.com/rules");
    assertThat(PostTexts.prepare("a_b/c")).isEqualTo("a b c");
  }

  @Test
  void blockedTokensFollowTheReferenceDerivation() {
    Set<String> blocked = SeedTerms.reference().blockedTokens();
    assertThat(blocked)
        .contains("hamas", ".hamas.", "messi", "messi.", "undisclosedad", "undisclosed.ad")
        .contains("help\\.x\\.com", "help.x.com", "sc", "sc[,]+st");
  }

  @Test
  void pythonCombiningClassIsRecognised() {
    PyText text = new PyText();
    assertThat(text.isCombining(0x0301)).isTrue(); // acute accent, class 230
    assertThat(text.isCombining(0x0345)).isTrue(); // class 240
    assertThat(text.isCombining(0x0334)).isTrue(); // class 1
    assertThat(text.isCombining(0x093E)).isFalse(); // Devanagari sign AA, class 0
    assertThat(text.isCombining('a')).isFalse();
  }
}
