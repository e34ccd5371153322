package org.bridgewatch.scoring.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.topics.NoteTopics;
import org.bridgewatch.scoring.topics.Topic;
import org.junit.jupiter.api.Test;

class SliceSelectorTest {
  private static final HelpfulnessLevel H = HelpfulnessLevel.HELPFUL;

  private static SliceSelector selector(ScoringInput in, NoteTopics topics) {
    return new SliceSelector(RatingPreprocessor.preprocess(in), in.enrollment(), topics);
  }

  private static PreparedRatings prepared(ScoringInput in) {
    return RatingPreprocessor.preprocess(in);
  }

  @Test
  void noteNeedsFiveRatersAndRaterTenRatings() {
    TestData d = new TestData();
    long five = d.note();
    long four = d.note();
    for (int i = 0; i < 5; i++) {
      d.rate(five, "u" + i, H);
    }
    for (int i = 0; i < 4; i++) {
      d.rate(four, "u" + i, H);
    }
    ScoringInput in = d.build();
    SliceSelector s = selector(in, NoteTopics.none(in.notes().size));
    int[] rows = prepared(in).rows();
    int[] kept = s.minCounts(rows, 0, 5);
    assertThat(kept).containsExactly(0, 1, 2, 3, 4);
    // Rater minimum 1 keeps everyone; with minimum 2, after the first note pass removed note
    // "four" every rater has one rating left, so all ratings go.
    assertThat(s.minCounts(rows, 1, 5)).containsExactly(0, 1, 2, 3, 4);
    assertThat(s.minCounts(rows, 2, 5)).isEmpty();
  }

  @Test
  void raterCutoffIsInclusiveAndNotIteratedPastNoteRecheck() {
    TestData d = new TestData();
    long[] notes = new long[10];
    for (int i = 0; i < 10; i++) {
      notes[i] = d.note();
    }
    // "ten" rates all 10 notes; "nine" rates 9; four helpers make every note reach 5 raters.
    for (int i = 0; i < 10; i++) {
      d.rate(notes[i], "ten", H);
      if (i < 9) {
        d.rate(notes[i], "nine", H);
      }
      for (int h = 0; h < 4; h++) {
        d.rate(notes[i], "helper" + h, H);
      }
    }
    ScoringInput in = d.build();
    SliceSelector s = selector(in, NoteTopics.none(in.notes().size));
    PreparedRatings p = prepared(in);
    int[] kept = s.minCounts(p.rows(), 10, 5);
    // "nine" is dropped; each note keeps ten + 4 helpers = 5 raters.
    assertThat(s.countRaters(kept)).isEqualTo(5);
    assertThat(s.countNotes(kept)).isEqualTo(10);
    int nine = in.participants().indexOf("nine");
    assertThat(java.util.Arrays.stream(kept).noneMatch(r -> in.ratings().rater[r] == nine)).isTrue();
  }

  @Test
  void groupFilterTreatsUnenrolledAsUnassignedAndEmptyGroupAsOut() {
    TestData d = new TestData();
    long n = d.note();
    d.rate(n, "core", H).rate(n, "expansion", H).rate(n, "unenrolled", H).rate(n, "nogroup", H);
    d.enroll("core", 13).enroll("expansion", 4).enroll("nogroup", Nulls.NO_INT);
    ScoringInput in = d.build();
    SliceSelector s = selector(in, NoteTopics.none(in.notes().size));
    int[] rows = prepared(in).rows();
    assertThat(s.filterInput(ScorerSlice.CORE, rows)).containsExactly(0, 2);
    assertThat(s.filterInput(ScorerSlice.EXPANSION, rows)).containsExactly(0, 1, 2);
    ScorerSlice group13 = ScorerSlice.group(13, Set.of(13), false, 0.8);
    assertThat(s.filterInput(group13, rows)).containsExactly(0);
  }

  @Test
  void coreExcludesTopicNotesAndTopicSlicesKeepOnlyTheirTopic() {
    TestData d = new TestData();
    long plain = d.note();
    long gaza = d.note();
    d.rate(plain, "a", H).rate(gaza, "a", H);
    ScoringInput in = d.build();
    NoteTopics topics = new NoteTopics(new byte[] {0, (byte) Topic.GAZA_CONFLICT.label()});
    SliceSelector s = selector(in, topics);
    int[] rows = prepared(in).rows();
    assertThat(s.filterInput(ScorerSlice.CORE, rows)).containsExactly(0);
    assertThat(s.filterInput(ScorerSlice.CORE_WITH_TOPICS, rows)).containsExactly(0, 1);
    assertThat(s.filterInput(ScorerSlice.topic(Topic.GAZA_CONFLICT), rows)).containsExactly(1);
    assertThat(s.filterInput(ScorerSlice.topic(Topic.SCAMS), rows)).isEmpty();
  }

  @Test
  void captureThresholdIsInclusiveAndStrictInclusionDropsUncapturedNotes() {
    TestData d = new TestData();
    long half = d.note();
    long less = d.note();
    d.rate(half, "in1", H).rate(half, "out1", H);
    d.rate(less, "in1", H).rate(less, "out1", H).rate(less, "out2", H);
    d.enroll("in1", 33).enroll("out1", 1).enroll("out2", 1);
    ScoringInput in = d.build();
    SliceSelector s = selector(in, NoteTopics.none(in.notes().size));
    PreparedRatings p = prepared(in);
    ScorerSlice strict = ScorerSlice.group(33, Set.of(33), true, 0.5);
    boolean[] captured = s.captureNotes(strict, p.rows());
    assertThat(captured[0]).isTrue();
    assertThat(captured[1]).isFalse();
    assertThat(s.filterInput(strict, p.rows())).containsExactly(0);
    ScorerSlice lenient = ScorerSlice.group(33, Set.of(33), false, 0.5);
    assertThat(s.filterInput(lenient, p.rows())).containsExactly(0, 2);
  }

  @Test
  void finalRowsIgnoreTheRaterMinimum() {
    TestData d = new TestData();
    long n = d.note();
    for (int i = 0; i < 5; i++) {
      d.rate(n, "u" + i, H);
    }
    ScoringInput in = d.build();
    SliceSelector s = selector(in, NoteTopics.none(in.notes().size));
    int[] rows = prepared(in).rows();
    assertThat(s.prescoringRows(ScorerSlice.CORE, rows)).isEmpty();
    assertThat(s.finalRows(ScorerSlice.CORE, rows)).hasSize(5);
  }

  @Test
  void referenceSlicesHaveReferenceParameters() {
    assertThat(ScorerSlice.CORE.includedGroups()).isEqualTo(ModelingGroups.CORE);
    assertThat(ScorerSlice.CORE.excludeTopics()).isTrue();
    assertThat(ScorerSlice.CORE.includeUnassigned()).isTrue();
    assertThat(ScorerSlice.CORE.captureThreshold()).isEqualTo(0.5);
    assertThat(ScorerSlice.CORE.minNumRatingsPerRater()).isEqualTo(10);
    assertThat(ScorerSlice.CORE.minNumRatersPerNote()).isEqualTo(5);
    assertThat(ScorerSlice.CORE_WITH_TOPICS.excludeTopics()).isFalse();
    assertThat(ScorerSlice.EXPANSION.includedGroups()).hasSize(29).contains(0, 33, 13);
    assertThat(ScorerSlice.EXPANSION_PLUS.includedGroups()).hasSize(34).contains(17, 32);
    assertThat(ScorerSlice.EXPANSION_PLUS.hasCaptureThreshold()).isFalse();
  }
}
