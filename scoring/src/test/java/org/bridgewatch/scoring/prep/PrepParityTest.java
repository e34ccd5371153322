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
    boolean[] captured = selector.captureNotes(ScorerSlice.CORE, prepared.rows());
    Set<Long> refCore = new HashSet<>();
    for (Map<String, String> r : scored) {
      if (!r.get("coreNoteIntercept").isEmpty()) refCore.add(Long.parseLong(r.get("noteId")));
    }
    Set<Long> mineCore = new HashSet<>();
    for (int r : coreFinal) {
      int k = prepared.noteKey()[r];
      if (captured[k]) mineCore.add(input.ratings().noteId[r]);
    }
    Set<Long> onlyMine = new HashSet<>(mineCore); onlyMine.removeAll(refCore);
    Set<Long> onlyRef = new HashSet<>(refCore); onlyRef.removeAll(mineCore);
    System.out.printf("%s: core final+capture %d, onlyMine %d onlyRef %d%n", name, mineCore.size(), onlyMine.size(), onlyRef.size());
    Set<String> refRaters = new HashSet<>();
    for (Map<String, String> r : fixture.helpfulnessScores()) {
      if (!r.get("coreFirstRoundRaterIntercept").isEmpty()) refRaters.add(r.get("raterParticipantId"));
    }
    Set<String> myRaters = new HashSet<>();
    for (int r : core) myRaters.add(input.participants().id(input.ratings().rater[r]));
    Set<String> a = new HashSet<>(myRaters); a.removeAll(refRaters);
    Set<String> b = new HashSet<>(refRaters); b.removeAll(myRaters);
    System.out.println("raters only mine " + a + " only ref " + b);
    for (Topic t : Topic.values()) {
      if (t == Topic.UNASSIGNED) continue;
      int[] tr = selector.finalRows(ScorerSlice.topic(t), prepared.rows());
      int[] tp = selector.prescoringRows(ScorerSlice.topic(t), prepared.rows());
      long ref = scored.stream().filter(r -> t.refName.equals(r.get("noteTopic"))).count();
      long all = java.util.stream.IntStream.range(0, input.notes().size).filter(i -> topics.topic(i) == t).count();
      System.out.printf("  %s: assigned %d, topic final notes %d, prescoring notes %d, ref %d%n", t, all, selector.countNotes(tr), selector.countNotes(tp), ref);
    }
    assertThat(prepared.size()).isPositive();
  }
}
