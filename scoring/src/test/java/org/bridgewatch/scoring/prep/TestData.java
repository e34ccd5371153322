package org.bridgewatch.scoring.prep;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Builds small ScoringInputs for unit tests. Notes get ids 1000 + index. */
final class TestData {
  final ParticipantIndex participants = new ParticipantIndex();
  private final LongArrayList noteIds = new LongArrayList();
  private final LongArrayList noteCreated = new LongArrayList();
  private final IntArrayList noteClass = new IntArrayList();
  private final List<String> summaries = new ArrayList<>();
  private final LongArrayList tweets = new LongArrayList();
  private final LongArrayList rNoteId = new LongArrayList();
  private final IntArrayList rRater = new IntArrayList();
  private final LongArrayList rCreated = new LongArrayList();
  private final IntArrayList rLevel = new IntArrayList();
  private final IntArrayList rLegacy = new IntArrayList();
  private final LongArrayList historyNoteIds = new LongArrayList();
  private final LongArrayList historyCreated = new LongArrayList();
  private final IntArrayList enrolled = new IntArrayList();
  private final IntArrayList groups = new IntArrayList();

  /** Adds a misleading note created well after every launch; returns its noteId. */
  long note() {
    return note(Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING, 1_700_000_000_000L);
  }

  long note(Classification cls, long createdAt) {
    long id = 1000 + noteIds.size();
    noteIds.add(id);
    noteCreated.add(createdAt);
    noteClass.add(cls.code());
    summaries.add("");
    tweets.add(id);
    historyNoteIds.add(id);
    historyCreated.add(createdAt);
    return id;
  }

  /** A status-history row for a note that is no longer in the notes file. */
  void deletedNoteHistory(long noteId, long createdAt) {
    historyNoteIds.add(noteId);
    historyCreated.add(createdAt);
  }

  TestData rate(long noteId, String rater, HelpfulnessLevel level) {
    return rate(noteId, rater, level, 1_700_000_000_000L, RatingTable.packLegacy(2, false, false, false, false));
  }

  TestData rate(long noteId, String rater, HelpfulnessLevel level, long at, byte legacy) {
    rNoteId.add(noteId);
    rRater.add(participants.intern(rater));
    rCreated.add(at);
    rLevel.add(level == null ? Nulls.NO_CODE : level.code());
    rLegacy.add(legacy);
    return this;
  }

  /** Enrolls a participant; {@code group} may be {@link Nulls#NO_INT}. */
  TestData enroll(String participant, int group) {
    enrolled.add(participants.intern(participant));
    groups.add(group);
    return this;
  }

  private static byte[] bytes(IntArrayList values) {
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) values.getInt(i);
    }
    return out;
  }

  ScoringInput build() {
    int n = noteIds.size();
    String author = "author";
    int[] authors = new int[n];
    Arrays.fill(authors, participants.intern(author));
    NoteTable notes =
        new NoteTable(
            noteIds.toLongArray(), authors, noteCreated.toLongArray(), tweets.toLongArray(),
            bytes(noteClass), null, null, null, new byte[n], new byte[n], new byte[n],
            summaries.toArray(String[]::new), new boolean[n], new boolean[n]);
    int m = rNoteId.size();
    int[] noteIndex = new int[m];
    for (int r = 0; r < m; r++) {
      noteIndex[r] = notes.indexOf(rNoteId.getLong(r));
    }
    RatingTable ratings =
        new RatingTable(
            noteIndex, rNoteId.toLongArray(), rRater.toIntArray(), rCreated.toLongArray(),
            bytes(rLevel), new int[m], new byte[m], bytes(rLegacy), new long[m],
            new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
    int h = historyNoteIds.size();
    int[] hNote = new int[h];
    for (int i = 0; i < h; i++) {
      hNote[i] = notes.indexOf(historyNoteIds.getLong(i));
    }
    StatusHistoryTable history =
        new StatusHistoryTable(
            historyNoteIds.toLongArray(), hNote, new int[h], historyCreated.toLongArray(),
            new long[h], new byte[h], new long[h], new byte[h], new long[h], new byte[h],
            new long[h], new byte[h], new long[h], new byte[h], new byte[h], new byte[h],
            new String[h], new int[h], new long[h], new long[h], new byte[h], new int[h],
            new long[h], new long[h], new long[h]);
    int e = enrolled.size();
    EnrollmentTable enrollment =
        new EnrollmentTable(
            enrolled.toIntArray(), new byte[e], new int[e], new long[e], new long[e], new byte[e],
            groups.toIntArray(), new int[e]);
    return new ScoringInput(participants, notes, ratings, history, enrollment, null);
  }
}
