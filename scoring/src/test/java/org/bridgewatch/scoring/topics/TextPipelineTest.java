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
