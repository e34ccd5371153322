package org.bridgewatch.scoring.gaussian;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Test-only reader of a parity fixture: inputs (notes, ratings with tags, status history,
 * enrollment groups) and the reference outputs the Gaussian check needs (core rater parameters
 * and helpfulness flags, scored_notes columns).
 */
final class GaussianFixture {
  final ParticipantIndex participants = new ParticipantIndex();
  final NoteTable notes;
  final RatingTable ratings;
  final StatusHistoryTable history;
  /** modelingGroup per participant, NO_INT when absent or empty; enrolled flag separately. */
  final int[] modelingGroup;
  final boolean[] enrolled;
  final Map<String, Map<String, String>> helpfulness = new HashMap<>();
  /** scored_notes rows (with aux_note_info columns) by noteId. */
  final Map<Long, Map<String, String>> scored = new HashMap<>();
  final long epochMillis;

  GaussianFixture(Path dir) throws IOException {
    Path data = dir.resolve("data");
    Path ref = dir.resolve("reference");
    notes = readNotes(read(data.resolve("notes-00000.tsv")));
    ratings = readRatings(read(data.resolve("ratings-00000.tsv")));
    history = readHistory(read(data.resolve("noteStatusHistory-00000.tsv")));
    List<Map<String, String>> enrollment = read(data.resolve("userEnrollment-00000.tsv"));
    for (Map<String, String> row : read(ref.resolve("helpfulness_scores.tsv"))) {
      participants.intern(row.get("raterParticipantId"));
      helpfulness.put(row.get("raterParticipantId"), row);
    }
    for (Map<String, String> row : enrollment) {
      participants.intern(row.get("participantId"));
    }
    modelingGroup = new int[participants.size()];
    enrolled = new boolean[participants.size()];
    Arrays.fill(modelingGroup, Nulls.NO_INT);
    for (Map<String, String> row : enrollment) {
      int p = participants.indexOf(row.get("participantId"));
      enrolled[p] = true;
      String g = row.get("modelingGroup");
      if (!g.isEmpty()) {
        modelingGroup[p] = (int) Double.parseDouble(g);
      }
    }
    for (Map<String, String> row : read(ref.resolve("scored_notes.tsv"))) {
      scored.put(Long.parseLong(row.get("noteId")), row);
    }
    for (Map<String, String> row : read(ref.resolve("aux_note_info.tsv"))) {
      Map<String, String> target = scored.get(Long.parseLong(row.get("noteId")));
      if (target != null) {
        row.forEach(target::putIfAbsent);
      }
    }
    String cmd = Files.readString(ref.resolve("cmd.txt"));
    int at = cmd.indexOf("--epoch-millis ");
    epochMillis = Long.parseLong(cmd.substring(at + 15).split("\\s")[0]);
  }

  static List<Map<String, String>> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        m.put(header[i], i < f.length ? f[i] : "");
      }
      out.add(m);
    }
    return out;
  }

  /** A float column of helpfulness_scores per participant, NaN when empty or absent. */
  float[] raterColumn(String column) {
    float[] out = new float[participants.size()];
    for (int p = 0; p < out.length; p++) {
      Map<String, String> row = helpfulness.get(participants.id(p));
      String v = row == null ? "" : row.get(column);
      out[p] = v == null || v.isEmpty() ? Float.NaN : Float.parseFloat(v);
    }
    return out;
  }

  /** A float column of scored_notes per note index, NaN when empty. */
  float[] noteColumn(String column) {
    float[] out = new float[notes.size];
    for (int n = 0; n < out.length; n++) {
      String v = scored.get(notes.noteId[n]).get(column);
      out[n] = v == null || v.isEmpty() ? Float.NaN : Float.parseFloat(v);
    }
    return out;
  }

  String noteText(int note, String column) {
    return scored.get(notes.noteId[note]).get(column);
  }

  private NoteTable readNotes(List<Map<String, String>> rows) {
    int n = rows.size();
    long[] id = new long[n];
    int[] author = new int[n];
    long[] created = new long[n];
    long[] tweet = new long[n];
    byte[] cls = new byte[n];
    for (int i = 0; i < n; i++) {
      Map<String, String> row = rows.get(i);
      id[i] = Long.parseLong(row.get("noteId"));
      author[i] = participants.intern(row.get("noteAuthorParticipantId"));
      created[i] = Long.parseLong(row.get("createdAtMillis"));
      tweet[i] = Long.parseLong(row.get("tweetId"));
      cls[i] = Classification.valueOf(row.get("classification")).code();
    }
    return new NoteTable(id, author, created, tweet, cls, null, null, null, new byte[n],
        new byte[n], new byte[n], new String[n], new boolean[n], new boolean[n]);
  }

  private RatingTable readRatings(List<Map<String, String>> rows) {
    List<Map<String, String>> valid = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if (HelpfulnessLevel.parse(row.get("helpfulnessLevel")) != null
          && notes.indexOf(Long.parseLong(row.get("noteId"))) >= 0) {
        valid.add(row);
      }
    }
    int n = valid.size();
    int[] note = new int[n];
    long[] noteId = new long[n];
    int[] rater = new int[n];
    long[] created = new long[n];
    byte[] level = new byte[n];
    int[] tags = new int[n];
    byte[] source = new byte[n];
    byte[] legacy = new byte[n];
    for (int i = 0; i < n; i++) {
      Map<String, String> row = valid.get(i);
      noteId[i] = Long.parseLong(row.get("noteId"));
      note[i] = notes.indexOf(noteId[i]);
      rater[i] = participants.intern(row.get("raterParticipantId"));
      created[i] = Long.parseLong(row.get("createdAtMillis"));
      level[i] = HelpfulnessLevel.parse(row.get("helpfulnessLevel")).code();
      for (RatingTag tag : RatingTag.values()) {
        if ("1".equals(row.get(tag.column))) {
          tags[i] |= tag.bit();
        }
      }
      source[i] = RatingSource.valueOf(row.get("ratingSourceBucketed")).code();
      legacy[i] = RatingTable.packLegacy(2, false, false, false, false);
    }
    return new RatingTable(note, noteId, rater, created, level, tags, source, legacy,
        new long[n], new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
  }

  private StatusHistoryTable readHistory(List<Map<String, String>> rows) {
    int n = rows.size();
    long[] id = new long[n];
    int[] note = new int[n];
    int[] author = new int[n];
    long[] created = new long[n];
    byte[] current = new byte[n];
    long[] times = new long[n];
    byte[] codes = new byte[n];
    int[] ints = new int[n];
    String[] decided = new String[n];
    Arrays.fill(times, Nulls.NO_TIME);
    Arrays.fill(codes, Nulls.NO_CODE);
    Arrays.fill(ints, Nulls.NO_INT);
    for (int i = 0; i < n; i++) {
      Map<String, String> row = rows.get(i);
      id[i] = Long.parseLong(row.get("noteId"));
      note[i] = notes.indexOf(id[i]);
      author[i] = participants.intern(row.get("noteAuthorParticipantId"));
      created[i] = Long.parseLong(row.get("createdAtMillis"));
      current[i] = NoteStatus.codeOf(NoteStatus.parse(row.get("currentStatus")));
    }
    return new StatusHistoryTable(id, note, author, created, times, codes, times, current, times,
        codes, times, codes, times, codes, codes, codes, decided, ints, times, times, codes, ints,
        times, times, times);
  }
}
