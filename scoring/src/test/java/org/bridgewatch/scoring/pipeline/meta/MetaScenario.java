package org.bridgewatch.scoring.pipeline.meta;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.TestTables;

/** Test-only: a few notes, their prior history and the models' results, scored in one call. */
final class MetaScenario {
  static final long NOW = 1_793_494_800_000L;
  static final long MINUTE = 60_000L;
  static final long DAY = 24 * 60 * MINUTE;

  final int size;
  final NoteTable notes;
  final StatusHistoryTable history;
  private final Map<ScorerKind, ScorerResult.Builder> single = new EnumMap<>(ScorerKind.class);
  private final Map<Integer, ScorerResult.Builder> groups = new TreeMap<>();
  private final Map<String, ScorerResult.Builder> topics = new TreeMap<>();
  private final Map<String, byte[]> topicConfidence = new TreeMap<>();
  private final int[][] tags;
  final boolean[] pflipPredictsCrh;

  MetaScenario(int size) {
    this.size = size;
    long[] ids = new long[size];
    long[] created = new long[size];
    for (int i = 0; i < size; i++) {
      ids[i] = 1000 + i;
      created[i] = NOW - DAY;
    }
    notes = TestTables.notes(ids, created);
    history = TestTables.emptyHistory(notes);
    tags = new int[RatingTag.values().length][size];
    pflipPredictsCrh = new boolean[size];
  }

  MetaScenario model(ScorerKind kind, int note, NoteStatus status, double intercept) {
    single.computeIfAbsent(kind, k -> ScorerResult.builder(k, size)).note(note, status, intercept, 0);
    return this;
  }

  /** Declares that a model ran, even if it scores nothing. */
  MetaScenario ran(ScorerKind kind) {
    single.computeIfAbsent(kind, k -> ScorerResult.builder(k, size));
    return this;
  }

  MetaScenario group(int group, int note, NoteStatus status) {
    groups
        .computeIfAbsent(group, g -> ScorerResult.builder(ScorerKind.GROUP, size).groupId(g))
        .note(note, status, Double.NaN, Double.NaN);
    return this;
  }

  MetaScenario topic(String topic, int note, double intercept, double factor, boolean confident) {
    topics
        .computeIfAbsent(topic, t -> ScorerResult.builder(ScorerKind.TOPIC, size).topic(t))
        .note(note, NoteStatus.CURRENTLY_RATED_HELPFUL, intercept, factor);
    byte[] c = topicConfidence.computeIfAbsent(topic, t -> new byte[size]);
    c[note] = (byte) (confident ? 1 : 0);
    return this;
  }

  MetaScenario tag(int note, RatingTag tag, int count) {
    tags[tag.ordinal()][note] = count;
    return this;
  }

  /** Gives a note two helpful and two not-helpful tags so InsufficientExplanation passes it. */
  MetaScenario explained(int note) {
    return tag(note, RatingTag.HELPFUL_CLEAR, 3)
        .tag(note, RatingTag.HELPFUL_GOOD_SOURCES, 2)
        .tag(note, RatingTag.NOT_HELPFUL_INCORRECT, 3)
        .tag(note, RatingTag.NOT_HELPFUL_OFF_TOPIC, 2);
  }

  MetaScenario priorStatus(int note, NoteStatus status) {
    history.currentStatus[note] = status.code();
    return this;
  }

  List<ScorerResult> results() {
    List<ScorerResult> out = new ArrayList<>();
    single.values().forEach(b -> out.add(b.build()));
    groups.values().forEach(b -> out.add(b.build()));
    topics.forEach((t, b) -> out.add(b.topicNoteConfident(topicConfidence.get(t)).build()));
    return out;
  }

  MetaScoringResult run() {
    return run(NOW);
  }

  MetaScoringResult run(long now) {
    return run(results(), now);
  }

  /** Scores this scenario's notes, history and tags with the given results instead. */
  MetaScoringResult run(List<ScorerResult> results, long now) {
    return new MetaScorer()
        .score(results, history, notes, new NoteTagCounts(tags), pflipPredictsCrh, now);
  }
}
