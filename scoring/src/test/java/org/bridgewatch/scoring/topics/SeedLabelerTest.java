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
}
