package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Test-only TSV reading of a parity fixture: just the columns contributor scoring needs. */
final class TinyFixture {
  final ParticipantIndex participants = new ParticipantIndex();
  final NoteTable notes;
  final RatingTable ratings;
  final StatusHistoryTable newHistory;
  final EnrollmentTable enrollment;
  final NoteOutcomes finalOutcomes;
  final float[] coreNoteIntercept;
  final long nowMillis;
  /** helpfulness_scores.tsv rows by participant id. */
  final Map<String, Map<String, String>> expected = new HashMap<>();

  record Tsv(List<String> header, List<String[]> rows) {
    int col(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(name);
      }
      return i;
    }
  }

  static Tsv read(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      rows.add(lines.get(i).split("\t", -1));
    }
    return new Tsv(List.of(lines.get(0).split("\t", -1)), rows);
  }

  static long time(String s) {
    return s.isEmpty() ? Nulls.NO_TIME : (long) Double.parseDouble(s);
  }

  TinyFixture(Path dir) throws IOException {
    Path data = dir.resolve("data");
    Path ref = dir.resolve("reference");
    String cmd = Files.readString(ref.resolve("cmd.txt"));
    int at = cmd.indexOf("--epoch-millis ") + "--epoch-millis ".length();
    nowMillis = Long.parseLong(cmd.substring(at).split("\\s")[0]);

    Tsv n = read(data.resolve("notes-00000.tsv"));
    int size = n.rows().size();
    long[] noteId = new long[size];
    int[] author = new int[size];
    long[] created = new long[size];
    for (int i = 0; i < size; i++) {
      String[] r = n.rows().get(i);
      noteId[i] = Long.parseLong(r[n.col("noteId")]);
      author[i] = participants.intern(r[n.col("noteAuthorParticipantId")]);
      created[i] = Long.parseLong(r[n.col("createdAtMillis")]);
    }
    notes =
        new NoteTable(
            noteId, author, created, new long[size], new byte[size], null, null, null,
            new byte[size], new byte[size], new byte[size], new String[size], new boolean[size],
            new boolean[size]);

    Tsv rt = read(data.resolve("ratings-00000.tsv"));
    int rs = rt.rows().size();
    int[] note = new int[rs];
    long[] rNoteId = new long[rs];
    int[] rater = new int[rs];
    long[] rCreated = new long[rs];
    byte[] level = new byte[rs];
    int[] tags = new int[rs];
    int[] tagCols = new int[RatingTag.values().length];
    for (RatingTag t : RatingTag.values()) {
      tagCols[t.ordinal()] = rt.col(t.column);
    }
    for (int i = 0; i < rs; i++) {
      String[] r = rt.rows().get(i);
      rNoteId[i] = Long.parseLong(r[rt.col("noteId")]);
      note[i] = notes.indexOf(rNoteId[i]);
      rater[i] = participants.intern(r[rt.col("raterParticipantId")]);
      rCreated[i] = Long.parseLong(r[rt.col("createdAtMillis")]);
      level[i] = HelpfulnessLevel.parse(r[rt.col("helpfulnessLevel")]).code();
      for (RatingTag t : RatingTag.values()) {
        if ("1".equals(r[tagCols[t.ordinal()]])) {
          tags[i] |= t.bit();
        }
      }
    }
    ratings =
        new RatingTable(
            note, rNoteId, rater, rCreated, level, tags, new byte[rs], new byte[rs], new long[rs],
            new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());

    Tsv h = read(ref.resolve("note_status_history.tsv"));
    int hs = h.rows().size();
    long[] hNoteId = new long[hs];
    int[] hNote = new int[hs];
    int[] hAuthor = new int[hs];
    long[] hCreated = new long[hs];
    long[] latest = new long[hs];
    byte[] current = new byte[hs];
    for (int i = 0; i < hs; i++) {
      String[] r = h.rows().get(i);
      hNoteId[i] = Long.parseLong(r[h.col("noteId")]);
      hNote[i] = notes.indexOf(hNoteId[i]);
      hAuthor[i] = participants.intern(r[h.col("noteAuthorParticipantId")]);
      hCreated[i] = time(r[h.col("createdAtMillis")]);
      latest[i] = time(r[h.col("timestampMillisOfLatestNonNMRStatus")]);
      current[i] = NoteStatus.codeOf(NoteStatus.parse(r[h.col("currentStatus")]));
    }
    long[] noTime = new long[hs];
    byte[] noCode = new byte[hs];
    int[] noInt = new int[hs];
    newHistory =
        new StatusHistoryTable(
            hNoteId, hNote, hAuthor, hCreated, noTime, noCode, noTime, current, latest, noCode,
            noTime, noCode, noTime, noCode, noCode, noCode, new String[hs], noInt, noTime, noTime,
            noCode, noInt, noTime, noTime, noTime);

    Tsv e = read(data.resolve("userEnrollment-00000.tsv"));
    int es = e.rows().size();
    int[] ep = new int[es];
    byte[] state = new byte[es];
    int[] need = new int[es];
    long[] change = new long[es];
    long[] earnOut = new long[es];
    int[] times = new int[es];
    for (int i = 0; i < es; i++) {
      String[] r = e.rows().get(i);
      ep[i] = participants.intern(r[e.col("participantId")]);
      state[i] = EnrollmentState.parse(r[e.col("enrollmentState")]).code();
      need[i] = Integer.parseInt(r[e.col("successfulRatingNeededToEarnIn")]);
      change[i] = time(r[e.col("timestampOfLastStateChange")]);
      earnOut[i] = time(r[e.col("timestampOfLastEarnOut")]);
      times[i] = Integer.parseInt(r[e.col("numberOfTimesEarnedOut")]);
    }
    enrollment =
        new EnrollmentTable(ep, state, need, change, earnOut, new byte[es], new int[es], times);

    Tsv s = read(ref.resolve("scored_notes.tsv"));
    byte[] status = new byte[notes.size];
    java.util.Arrays.fill(status, Nulls.NO_CODE);
    coreNoteIntercept = new float[notes.size];
    java.util.Arrays.fill(coreNoteIntercept, Float.NaN);
    for (String[] r : s.rows()) {
      int idx = notes.indexOf(Long.parseLong(r[s.col("noteId")]));
      status[idx] = NoteStatus.codeOf(NoteStatus.parse(r[s.col("finalRatingStatus")]));
      String v = r[s.col("coreNoteIntercept")];
      coreNoteIntercept[idx] = v.isEmpty() ? Float.NaN : Float.parseFloat(v);
    }
    finalOutcomes = NoteOutcomes.ofStatuses(status);

    Tsv x = read(ref.resolve("helpfulness_scores.tsv"));
    for (String[] r : x.rows()) {
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < x.header().size(); c++) {
        row.put(x.header().get(c), r[c]);
      }
      expected.put(r[0], row);
    }
  }

  ContributorPhaseInput input() {
    return new ContributorPhaseInput(
        participants, notes, ratings, null, newHistory, finalOutcomes, coreNoteIntercept,
        enrollment, nowMillis);
  }
}
