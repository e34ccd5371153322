package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CorrelatedRatersTest {
  private static Map<String, String> labelsById(Synth s, RaterClusters c) {
    Map<String, String> out = new TreeMap<>();
    for (int p = 0; p < s.participants.size(); p++) {
      int pss = c.postSelectionValue()[p];
      int qc = c.quasiCliqueValue()[p];
      if (pss > 0 || qc > 0) {
        out.put(s.participants.id(p), pss + "/" + qc);
      }
    }
    return out;
  }

  private static RaterClusters run(Synth s) {
    return RaterClusters.compute(s.notes(), s.ratings(), null, s.ranks());
  }

  @Test
  void quasiCliqueFindsExactlyThePlantedRaters() {
    Synth s = PlantedClique.build(PlantedClique.events(7), List.of());
    RaterClusters c = run(s);
    assertThat(c.quasiCliques()).hasSize(1);
    List<String> members = new ArrayList<>();
    for (int p : c.quasiCliques().get(0).raters()) {
      members.add(s.participants.id(p));
    }
    assertThat(members).containsExactly("p0", "p1", "p2", "p3", "p4", "p5");
    assertThat(c.quasiCliques().get(0).tweets()).hasSize(PlantedClique.POSTS);
    for (int q = 0; q < 60; q++) {
      assertThat(c.quasiCliqueValue()[s.participants.indexOf("q" + q)]).isZero();
    }
  }

  @Test
  void postSelectionSimilarityGroupsPlantedRatersAndTheFan() {
    Synth s = PlantedClique.build(PlantedClique.events(7), List.of());
    RaterClusters c = run(s);
    int planted = c.postSelectionValue()[s.participants.indexOf("p0")];
    assertThat(planted).isPositive();
    for (int p = 1; p < 6; p++) {
      assertThat(c.postSelectionValue()[s.participants.indexOf("p" + p)]).isEqualTo(planted);
    }
    int fan = c.postSelectionValue()[s.participants.indexOf("fan")];
    assertThat(fan).isPositive().isNotEqualTo(planted);
    assertThat(c.postSelectionValue()[s.participants.indexOf("star")]).isEqualTo(fan);
    for (int q = 0; q < 60; q++) {
      assertThat(c.postSelectionValue()[s.participants.indexOf("q" + q)]).as("q" + q).isZero();
    }
    // Final scoring only keeps raters in both: the fan is in no quasi-clique.
    assertThat(c.correlatedForFinalScoring()[s.participants.indexOf("p3")]).isTrue();
    assertThat(c.postSelectionForFinalScoring()[s.participants.indexOf("fan")]).isZero();
    assertThat(c.postSelectionForPrescoring()[s.participants.indexOf("fan")]).isEqualTo(fan);
  }

  @Test
  void tooFewAlignedPostsSeedNoClique() {
    // With the seed bar raised above the 70 shared posts nothing is found.
    Synth s = PlantedClique.build(PlantedClique.events(7), List.of());
    QuasiCliqueOptions strict =
        new QuasiCliqueOptions(1000L * 60 * 60 * 24 * 7 * 13, 0.25, 0.25, 25, 5, 2000, 4, 70, 5);
    assertThat(QuasiCliqueDetection.detect(s.notes(), s.ratings(), null, s.ranks(), strict)).isEmpty();
    QuasiCliqueOptions justBelow =
        new QuasiCliqueOptions(1000L * 60 * 60 * 24 * 7 * 13, 0.25, 0.25, 25, 5, 2000, 4, 69, 5);
    assertThat(QuasiCliqueDetection.detect(s.notes(), s.ratings(), null, s.ranks(), justBelow))
        .hasSize(1);
  }

  @Test
  void resultDoesNotDependOnRowOrParticipantOrder() {
    List<PlantedClique.Event> events = PlantedClique.events(11);
    Map<String, String> reference = labelsById(PlantedClique.build(events, List.of()), run(
        PlantedClique.build(events, List.of())));
    List<PlantedClique.Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(3));
    List<String> reversedIds = new ArrayList<>();
    for (int q = 59; q >= 0; q--) {
      reversedIds.add("q" + q);
    }
    Synth other = PlantedClique.build(shuffled, reversedIds);
    assertThat(labelsById(other, run(other))).isEqualTo(reference);
    assertThat(reference).containsKeys("p0", "fan", "star");
  }

  @Test
  void minSimAndNpmiBoundaries() {
    PostSelectionSimilarityOptions o = PostSelectionSimilarityOptions.DEFAULTS;
    // minSim = co / (min + 10): 8 / 20 = 0.4 links, 7 / 20 does not (NPMI is negative here).
    assertThat(CoRatingPairs.linked(8, 10, 50, 1000, o)).isTrue();
    assertThat(CoRatingPairs.linked(7, 10, 50, 1000, o)).isFalse();
    // NPMI alone: co = 100 of N = 1e9 posts-raters among two raters of 1000 posts each.
    assertThat(CoRatingPairs.linked(300, 1000, 1000, 1_000_000_000L, o)).isTrue();
    assertThat(CoRatingPairs.linked(1, 1000, 1000, 1_000_000_000L, o)).isFalse();
  }
}
