package org.bridgewatch.scoring.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.topics.NoteTopics;
import org.bridgewatch.scoring.topics.Topic;
import org.bridgewatch.scoring.topics.TopicModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Preprocessing, slices and topics against the reference's outputs on the parity fixtures. */
class PrepParityTest {

  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void report(String name) {
    ParityFixture fixture = ParityFixture.require(name);
    ScoringInput input = fixture.load();
    PreparedRatings prepared = RatingPreprocessor.preprocess(input);
    NoteTopics topics = new TopicModel().assign(input.notes());
    SliceSelector selector = new SliceSelector(prepared, input.enrollment(), topics);

    int[] core = selector.prescoringRows(ScorerSlice.CORE, prepared.rows());
    int[] coreFinal = selector.finalRows(ScorerSlice.CORE, prepared.rows());
    List<Map<String, String>> scored = fixture.scoredNotes();
    long refCoreNotes = scored.stream().filter(r -> !r.get("coreNoteIntercept").isEmpty()).count();
    long refCoreRaters =
        fixture.helpfulnessScores().stream()
            .filter(r -> !r.get("coreFirstRoundRaterIntercept").isEmpty())
            .count();
    int agree = 0;
    int refLabelled = 0;
    int mineOnly = 0;
    for (Map<String, String> r : scored) {
      int note = input.notes().indexOf(Long.parseLong(r.get("noteId")));
      Topic ref = Topic.parse(r.get("noteTopic"));
      Topic mine = topics.topic(note);
      if (ref != null) {
        refLabelled++;
        if (ref == mine) {
          agree++;
        }
      } else if (mine != Topic.UNASSIGNED) {
        mineOnly++;
      }
    }
    System.out.printf(
        "%s: ratings %d -> prepared %d; core prescoring notes %d raters %d (ref notes %d, ref"
            + " first-round raters %d); core final notes %d; topics agree %d/%d, mine-only %d%n",
        name,
        input.ratings().size,
        prepared.size(),
        selector.countNotes(core),
        selector.countRaters(core),
        refCoreNotes,
        refCoreRaters,
        selector.countNotes(coreFinal),
        agree,
        refLabelled,
        mineOnly);
    assertThat(prepared.size()).isPositive();
  }
}
