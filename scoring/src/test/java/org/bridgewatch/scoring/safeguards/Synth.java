package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;

/** Builds small synthetic tables for tests. */
final class Synth {
  final ParticipantIndex participants = new ParticipantIndex();
  private final LongArrayList noteIds = new LongArrayList();
  private final IntArrayList authors = new IntArrayList();
  private final LongArrayList noteCreated = new LongArrayList();
  private final LongArrayList tweets = new LongArrayList();
  private final IntArrayList classes = new IntArrayList();
  private final IntArrayList rNote = new IntArrayList();
  private final LongArrayList rNoteId = new LongArrayList();
  private final IntArrayList rRater = new IntArrayList();
  private final LongArrayList rCreated = new LongArrayList();
  private final IntArrayList rLevel = new IntArrayList();
  private final IntArrayList rSource = new IntArrayList();

  int note(String author, long createdAt, long tweet) {
    noteIds.add(1_000_000L + noteIds.size());
    authors.add(participants.intern(author));
    noteCreated.add(createdAt);
    tweets.add(tweet);
    classes.add(Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code());
    return noteIds.size() - 1;
  }

  int rate(String rater, int note, long createdAt, HelpfulnessLevel level) {
    return rate(rater, note, createdAt, level, RatingSource.DEFAULT);
  }

  int rate(String rater, int note, long createdAt, HelpfulnessLevel level, RatingSource source) {
    rNote.add(note);
    rNoteId.add(note >= 0 ? noteIds.getLong(note) : 9_999_999L + rNote.size());
    rRater.add(participants.intern(rater));
    rCreated.add(createdAt);
    rLevel.add(level.code());
    rSource.add(source.code());
    return rNote.size() - 1;
  }

  NoteTable notes() {
    int n = noteIds.size();
    return new NoteTable(
        noteIds.toLongArray(), authors.toIntArray(), noteCreated.toLongArray(), tweets.toLongArray(),
        bytes(classes), null, null, null, new byte[n], new byte[n], new byte[n],
        new String[n], new boolean[n], new boolean[n]);
  }

  RatingTable ratings() {
    int n = rNote.size();
    byte[] legacy = new byte[n];
    for (int i = 0; i < n; i++) {
      legacy[i] = RatingTable.packLegacy(2, false, false, false, false);
    }
    return new RatingTable(
        rNote.toIntArray(), rNoteId.toLongArray(), rRater.toIntArray(), rCreated.toLongArray(),
        bytes(rLevel), new int[n], bytes(rSource), legacy, new long[n],
        new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
  }

  private static byte[] bytes(IntArrayList list) {
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) list.getInt(i);
    }
    return out;
  }

  int[] ranks() {
    return ParticipantOrder.ranks(participants);
  }
}
