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

/**
 * Preprocessing, slices and topics against the reference's outputs on the parity fixtures. The
 * reference's post-selection-similarity filter is not applied here (it belongs to rater
 * clustering); the synthetic fixtures' clique members are the only raters it can affect.
 */
class PrepParityTest {

  private record Run(
      ParityFixture fixture,
      ScoringInput input,
      PreparedRatings prepared,
      NoteTopics topics,
      SliceSelector selector,
      List<Map<String, String>> scored) {}

  private static Run run(String name) {
    ParityFixture fixture = ParityFixture.require(name);
    ScoringInput input = fixture.load();
    PreparedRatings prepared = RatingPreprocessor.preprocess(input);
    NoteTopics topics = new TopicModel().assign(input.notes());
    SliceSelector selector = new SliceSelector(prepared, input.enrollment(), topics);
    return new Run(fixture, input, prepared, topics, selector, fixture.scoredNotes());
  }

  /**
   * The reference writes noteTopic for notes its topic scorers scored. Every such note must have
   * our topic; notes we put in a topic whose scorer had no prescoring ratings (the reference then
   * skips the scorer) are the only ones allowed to lack it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void topicsAgreeWithTheReference(String name) {
    Run run = run(name);
    int agree = 0;
    int labelled = 0;
    int unscored = 0;
    for (Map<String, String> row : run.scored()) {
      int note = run.input().notes().indexOf(Long.parseLong(row.get("noteId")));
      Topic ref = Topic.parse(row.get("noteTopic"));
      Topic mine = run.topics().topic(note);
      if (ref != null) {
        labelled++;
        assertThat(mine).as("topic of note %s", row.get("noteId")).isEqualTo(ref);
        agree++;
      } else if (mine != Topic.UNASSIGNED) {
        int[] slice =
            run.selector().prescoringRows(ScorerSlice.topic(mine), run.prepared().rows());
        assertThat(slice).as("prescoring ratings of %s", mine).isEmpty();
        unscored++;
      }
    }
    System.out.printf(
        "[parity %s] noteTopic agreement %d/%d; %d more notes in topics whose scorer had no"
            + " ratings%n",
        name, agree, labelled, unscored);
    assertThat(labelled).isPositive();
  }

  /** Notes with a core final score = core final slice notes captured (>= 50% core ratings). */
  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void coreNotesMatchTheReference(String name) {
    Run run = run(name);
    SliceSelector s = run.selector();
    int[] all = run.prepared().rows();
    int[] finalRows = s.finalRows(ScorerSlice.CORE, all);
    boolean[] captured = s.captureNotes(ScorerSlice.CORE, all);
    Set<Long> mine = new HashSet<>();
    for (int r : finalRows) {
      if (captured[run.prepared().noteKey()[r]]) {
        mine.add(run.input().ratings().noteId(r));
      }
    }
    Set<Long> ref = new HashSet<>();
    for (Map<String, String> row : run.scored()) {
      if (!row.get("coreNoteIntercept").isEmpty()) {
        ref.add(Long.parseLong(row.get("noteId")));
      }
    }
    int[] prescoring = s.prescoringRows(ScorerSlice.CORE, all);
    System.out.printf(
        "[parity %s] core notes: prescoring slice %d, final slice %d, final+capture %d,"
            + " reference coreNoteIntercept %d%n",
        name, s.countNotes(prescoring), s.countNotes(finalRows), mine.size(), ref.size());
    assertThat(mine).isEqualTo(ref);
  }

  /**
   * Raters with a core first-round intercept = raters of the core prescoring slice, except clique
   * members whose ratings the reference's post-selection-similarity filter removes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void coreRatersMatchTheReference(String name) {
    Run run = run(name);
    int[] prescoring = run.selector().prescoringRows(ScorerSlice.CORE, run.prepared().rows());
    Set<String> mine = new HashSet<>();
    for (int r : prescoring) {
      mine.add(run.input().participants().id(run.input().ratings().rater[r]));
    }
    Set<String> ref = new HashSet<>();
    for (Map<String, String> row : run.fixture().helpfulnessScores()) {
      if (!row.get("coreFirstRoundRaterIntercept").isEmpty()) {
        ref.add(row.get("raterParticipantId"));
      }
    }
    Set<String> cliqueMembers = new HashSet<>();
    for (Map<String, String> row :
        ParityFixture.read(run.fixture().dir.resolve("data/raters_truth.tsv"))) {
      if (!"0".equals(row.get("cliqueId"))) {
        cliqueMembers.add(row.get("participantId"));
      }
    }
    Set<String> extra = new HashSet<>(mine);
    extra.removeAll(ref);
    System.out.printf(
        "[parity %s] core prescoring raters %d, reference first-round raters %d, extra (clique"
            + " members, PSS) %d%n",
        name, mine.size(), ref.size(), extra.size());
    assertThat(mine).containsAll(ref);
    assertThat(cliqueMembers).containsAll(extra);
  }
}
