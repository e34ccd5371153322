package org.bridgewatch.scoring.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;
import static org.bridgewatch.scoring.model.HelpfulnessLevel.NOT_HELPFUL;

import org.bridgewatch.scoring.model.RatingSource;
import org.junit.jupiter.api.Test;

class PostSelectionFilterAndSlicesTest {
  private static Synth world(int noteCount) {
    Synth s = new Synth();
    for (int i = 0; i < noteCount; i++) {
      s.note(i == 1 ? "a" : "w" + i, 0, i);
    }
    return s;
  }

  @Test
  void groupKeepsItsEarliestRatingPerNoteAndDropsRatingsOfItsOwnNotes() {
    Synth s = world(200);
    int late = s.rate("a", 0, 50, HELPFUL);
    int early = s.rate("b", 0, 30, NOT_HELPFUL);
    int loner = s.rate("c", 0, 10, HELPFUL);
    int ownNote = s.rate("b", 1, 10, HELPFUL);
    int other = s.rate("a", 2, 99, HELPFUL);
    int[] groups = new int[s.participants.size()];
    groups[s.participants.indexOf("a")] = 1;
    groups[s.participants.indexOf("b")] = 1;
    int[] rows = {late, early, loner, ownNote, other};
    int[] kept = PostSelectionFilter.apply(s.notes(), s.ratings(), rows, groups);
    assertThat(kept).containsExactly(early, other, loner);
  }

  @Test
  void fewerThanTwoHundredNotesIsLeftAlone() {
    Synth s = world(199);
    int late = s.rate("a", 0, 50, HELPFUL);
    int early = s.rate("b", 0, 30, HELPFUL);
    int[] groups = new int[s.participants.size()];
    groups[s.participants.indexOf("a")] = 1;
    groups[s.participants.indexOf("b")] = 1;
    assertThat(PostSelectionFilter.apply(s.notes(), s.ratings(), new int[] {late, early}, groups))
        .containsExactly(late, early);
  }

  @Test
  void slicesFollowTheReferenceOrder() {
    Synth s = world(3);
    int hv = s.rate("heavy", 0, 1, HELPFUL);
    int corr = s.rate("clique", 0, 2, HELPFUL, RatingSource.POPULATION_SAMPLED);
    int both = s.rate("heavyClique", 1, 3, HELPFUL);
    int plain = s.rate("plain", 1, 4, HELPFUL, RatingSource.POPULATION_SAMPLED);
    int plain2 = s.rate("plain", 2, 5, HELPFUL);
    int n = s.participants.size();
    boolean[] high = new boolean[n];
    boolean[] correlated = new boolean[n];
    high[s.participants.indexOf("heavy")] = true;
    high[s.participants.indexOf("heavyClique")] = true;
    correlated[s.participants.indexOf("clique")] = true;
    correlated[s.participants.indexOf("heavyClique")] = true;
    var ratings = s.ratings();
    int[] ordered =
        SafeguardSlices.order(ratings, new int[] {hv, corr, both, plain, plain2}, high, correlated);
    assertThat(ordered).containsExactly(plain, plain2, corr, hv, both);
    assertThat(SafeguardSlices.noHighVolume(ratings, ordered, high))
        .containsExactly(plain, plain2, corr);
    assertThat(SafeguardSlices.noCorrelated(ratings, ordered, correlated))
        .containsExactly(plain, plain2, hv);
    assertThat(SafeguardSlices.populationSampled(ratings, ordered)).containsExactly(plain, corr);
    assertThat(PopulationSampledOptions.DEFAULTS.ratingPerNoteLossRatio()).isEqualTo(10.0);
  }
}
