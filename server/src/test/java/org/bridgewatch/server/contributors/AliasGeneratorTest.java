package org.bridgewatch.server.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AliasGeneratorTest {

  @Test
  void aliasesAreTwoDifferentAdjectivesAndANoun() {
    AliasGenerator generator = new AliasGenerator(List.of("calm", "bold"), List.of("owl"), new Random(1));
    for (int i = 0; i < 50; i++) {
      assertThat(generator.next()).isIn("calm-bold-owl", "bold-calm-owl");
    }
  }

  @Test
  void theBundledWordListsGiveVariety() {
    AliasGenerator generator = new AliasGenerator();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String alias = generator.next();
      assertThat(alias).matches("[a-z]+-[a-z]+-[a-z]+");
      String[] parts = alias.split("-");
      assertThat(parts[0]).isNotEqualTo(parts[1]);
      seen.add(alias);
    }
    assertThat(seen).hasSizeGreaterThan(990);
  }
}
