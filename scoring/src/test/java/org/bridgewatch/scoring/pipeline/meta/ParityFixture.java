package org.bridgewatch.scoring.pipeline.meta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Test-only: builds meta-scoring inputs from a parity fixture, taking every model's per-note
 * results from the reference's scored_notes.tsv and tag totals from aux_note_info.tsv.
 */
final class ParityFixture {
  final Path dir;
  final ParticipantIndex participants = new ParticipantIndex();
  final NoteTable notes;
  final StatusHistoryTable priorHistory;
  final ParityTsv scored;
  final ParityTsv aux;
  final ParityTsv expectedHistory;
  final long nowMillis;
  /** Wall clock when the reference run started (from reference/cmd.txt). */
  final long startedMillis;
  /** scored_notes row of each NoteTable row (-1 if absent). */
  final int[] scoredRowOfNote;

  ParityFixture(Path dir) throws IOException {
    this.dir = dir;
    notes = readNotes(ParityTsv.read(dir.resolve("data/notes-00000.tsv")));
    priorHistory = readHistory(ParityTsv.read(dir.resolve("data/noteStatusHistory-00000.tsv")));
    scored = ParityTsv.read(dir.resolve("reference/scored_notes.tsv"));
    aux = ParityTsv.read(dir.resolve("reference/aux_note_info.tsv"));
    expectedHistory = ParityTsv.read(dir.resolve("reference/note_status_history.tsv"));
    String meta = Files.readString(dir.resolve("data/meta.json"));
    Matcher m = Pattern.compile("\"suggestedEpochMillis\"\\s*:\\s*(\\d+)").matcher(meta);
    if (!m.find()) {
      throw new IllegalStateException("no suggestedEpochMillis");
    }
    nowMillis = Long.parseLong(m.group(1));
    Matcher started =
        Pattern.compile("# started: (\\S+)").matcher(Files.readString(dir.resolve("reference/cmd.txt")));
    startedMillis = started.find() ? java.time.Instant.parse(started.group(1)).toEpochMilli() : 0;
    scoredRowOfNote = new int[notes.size];
    Arrays.fill(scoredRowOfNote, -1);
    for (int r = 0; r < scored.size(); r++) {
      int note = notes.indexOf(Long.parseLong(scored.get(r, "noteId")));
      if (note >= 0) {
        scoredRowOfNote[note] = r;
      }
    }
  }

  private NoteTable readNotes(ParityTsv t) {
    int n = t.size();
    long[] ids = new long[n];
    int[] authors = new int[n];
    long[] created = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = Long.parseLong(t.get(i, "noteId"));
      authors[i] = participants.intern(t.get(i, "noteAuthorParticipantId"));
      created[i] = Long.parseLong(t.get(i, "createdAtMillis"));
    }
    return new NoteTable(
        ids, authors, created, new long[n], new byte[n], new String[n], new String[n],
        new String[n], new byte[n], new byte[n], new byte[n], new String[n], new boolean[n],
        new boolean[n]);
  }

  private StatusHistoryTable readHistory(ParityTsv t) {
    int n = t.size();
    long[] ids = new long[n];
    int[] note = new int[n];
    int[] author = new int[n];
    String[] decidedBy = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = Long.parseLong(t.get(i, "noteId"));
      note[i] = notes.indexOf(ids[i]);
      author[i] = participants.intern(t.get(i, "noteAuthorParticipantId"));
      String d = t.get(i, "currentDecidedBy");
      decidedBy[i] = d.isEmpty() ? null : d;
    }
    return new StatusHistoryTable(
        ids, note, author,
        times(t, "createdAtMillis"),
        times(t, "timestampMillisOfFirstNonNMRStatus"),
        statuses(t, "firstNonNMRStatus"),
        times(t, "timestampMillisOfCurrentStatus"),
        statuses(t, "currentStatus"),
        times(t, "timestampMillisOfLatestNonNMRStatus"),
        statuses(t, "mostRecentNonNMRStatus"),
        times(t, "timestampMillisOfStatusLock"),
        statuses(t, "lockedStatus"),
        times(t, "timestampMillisOfRetroLock"),
        statuses(t, "currentCoreStatus"),
        statuses(t, "currentExpansionStatus"),
        statuses(t, "currentGroupStatus"),
        decidedBy,
        ints(t, "currentModelingGroup"),
        times(t, "timestampMillisOfMostRecentStatusChange"),
        times(t, "timestampMillisOfNmrDueToMinStableCrhTime"),
        statuses(t, "currentMultiGroupStatus"),
        ints(t, "currentModelingMultiGroup"),
        times(t, "timestampMinuteOfFinalScoringOutput"),
        times(t, "timestampMillisOfFirstNmrDueToMinStableCrhTime"),
        times(t, "abovePcrhThresholdTime"));
  }

  /** One ScorerResult per model (and per group/topic) present in the reference run. */
  List<ScorerResult> scorerResults() {
    List<ScorerResult> results = new ArrayList<>();
    ScorerResult.Builder core =
        single(ScorerKind.CORE, "core").crhThreshold(0.40);
    core.interceptPopulationSampled(noteDoubles(scored, "coreNoteInterceptPopulationSampled"));
    core.populationSampledRatingCounts(
        noteInts(aux, "coreNegFactor_populationSampledRatingCount"),
        noteInts(aux, "corePosFactor_populationSampledRatingCount"));
    results.add(core.build());
    results.add(single(ScorerKind.EXPANSION, "expansion").crhThreshold(0.40).build());
    results.add(single(ScorerKind.EXPANSION_PLUS, "expansionPlus").build());
    results.add(single(ScorerKind.CORE_WITH_TOPICS, "coreWithTopics").build());
    results.add(single(ScorerKind.GAUSSIAN, "gaussian").build());
    results.add(single(ScorerKind.GAUSSIAN_CORE_WITH_TOPICS, "gaussianCoreWithTopics").build());
    TreeSet<Integer> groups = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
    groups.addAll(List.of(14, 15, 18, 33));
    for (int group : groups) {
      ScorerKind kind = group == 15 ? ScorerKind.GAUSSIAN_GROUP : ScorerKind.GROUP;
      results.add(grouped(kind, "group", "modelingGroup", group).groupId(group).build());
    }
    results.add(
        grouped(ScorerKind.MULTI_GROUP, "multiGroup", "modelingMultiGroup", 1).groupId(1).build());
    for (String topic : MetaScorer.TOPICS) {
      results.add(topic(topic));
    }
    return results;
  }

  private ScorerResult.Builder single(ScorerKind kind, String prefix) {
    return ScorerResult.builder(kind, notes.size)
        .status(noteStatuses(prefix + "RatingStatus", null, 0))
        .intercept(noteDoubles(scored, prefix + "NoteIntercept"))
        .factor(noteDoubles(scored, prefix + "NoteFactor1"));
  }

  private ScorerResult.Builder grouped(ScorerKind kind, String prefix, String groupColumn, int id) {
    return ScorerResult.builder(kind, notes.size)
        .status(noteStatuses(prefix + "RatingStatus", groupColumn, id))
        .intercept(noteDoubles(scored, prefix + "NoteIntercept"))
        .factor(noteDoubles(scored, prefix + "NoteFactor1"));
  }

  private ScorerResult topic(String topic) {
    byte[] status = new byte[notes.size];
    byte[] confident = new byte[notes.size];
    Arrays.fill(status, Nulls.NO_CODE);
    Arrays.fill(confident, Nulls.NO_CODE);
    for (int note = 0; note < notes.size; note++) {
      int r = scoredRowOfNote[note];
      if (r >= 0 && topic.equals(scored.get(r, "noteTopic"))) {
        status[note] = NoteStatus.codeOf(NoteStatus.parse(scored.get(r, "topicRatingStatus")));
        String c = scored.get(r, "topicNoteConfident");
        confident[note] = c.isEmpty() ? Nulls.NO_CODE : (byte) (c.equals("True") ? 1 : 0);
      }
    }
    return ScorerResult.builder(ScorerKind.TOPIC, notes.size)
        .topic(topic)
        .status(status)
        .intercept(noteDoubles(scored, "topicNoteIntercept"))
        .factor(noteDoubles(scored, "topicNoteFactor1"))
        .topicNoteConfident(confident)
        .build();
  }

  NoteTagCounts tagCounts() {
    RatingTag[] tags = RatingTag.values();
    int[][] counts = new int[tags.length][];
    for (RatingTag tag : tags) {
      int[] column = noteInts(aux, tag.column);
      for (int i = 0; i < column.length; i++) {
        column[i] = column[i] == Nulls.NO_INT ? 0 : column[i];
      }
      counts[tag.ordinal()] = column;
    }
    return new NoteTagCounts(counts);
  }

  long[] abovePcrhThresholdTime() {
    long[] out = new long[notes.size];
    Arrays.fill(out, Nulls.NO_TIME);
    for (int note = 0; note < notes.size; note++) {
      if (scoredRowOfNote[note] >= 0) {
        out[note] = scored.time(scoredRowOfNote[note], "abovePcrhThresholdTime");
      }
    }
    return out;
  }

  private byte[] noteStatuses(String column, String groupColumn, int group) {
    byte[] out = new byte[notes.size];
    Arrays.fill(out, Nulls.NO_CODE);
    for (int note = 0; note < notes.size; note++) {
      int r = scoredRowOfNote[note];
      if (r < 0 || (groupColumn != null && scored.integer(r, groupColumn) != group)) {
        continue;
      }
      out[note] = NoteStatus.codeOf(NoteStatus.parse(scored.get(r, column)));
    }
    return out;
  }

  private double[] noteDoubles(ParityTsv t, String column) {
    double[] out = new double[notes.size];
    Arrays.fill(out, Double.NaN);
    int[] rows = rowsOf(t);
    for (int note = 0; note < notes.size; note++) {
      if (rows[note] >= 0) {
        out[note] = t.number(rows[note], column);
      }
    }
    return out;
  }

  private int[] noteInts(ParityTsv t, String column) {
    int[] out = new int[notes.size];
    Arrays.fill(out, Nulls.NO_INT);
    int[] rows = rowsOf(t);
    for (int note = 0; note < notes.size; note++) {
      if (rows[note] >= 0) {
        out[note] = t.integer(rows[note], column);
      }
    }
    return out;
  }

  private int[] rowsOf(ParityTsv t) {
    int[] rows = new int[notes.size];
    Arrays.fill(rows, -1);
    for (int r = 0; r < t.size(); r++) {
      int note = notes.indexOf(Long.parseLong(t.get(r, "noteId")));
      if (note >= 0) {
        rows[note] = r;
      }
    }
    return rows;
  }

  private static long[] times(ParityTsv t, String column) {
    long[] out = new long[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.time(i, column);
    }
    return out;
  }

  private static int[] ints(ParityTsv t, String column) {
    int[] out = new int[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.integer(i, column);
    }
    return out;
  }

  private static byte[] statuses(ParityTsv t, String column) {
    byte[] out = new byte[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = NoteStatus.codeOf(NoteStatus.parse(t.get(i, column)));
    }
    return out;
  }
}
