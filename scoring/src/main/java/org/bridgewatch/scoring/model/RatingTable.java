package org.bridgewatch.scoring.model;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

/**
 * The ratings table, columnar: one array per field, one slot per rating. At X scale (200M rows)
 * this is about 27 bytes a rating; there is never an object per rating.
 *
 * <p>{@code note[r]} is an index into the {@link NoteTable}, or -1 when the rated note is not in
 * the notes file (the reference keeps such ratings for rater statistics). {@code rater[r]} is an
 * index into the {@link ParticipantIndex}.
 */
public final class RatingTable {
  public final int size;
  public final int[] note;
  /**
   * The public noteId of each rated note, by note index: a rating of a known note finds its id
   * through {@code note[r]}, so only ratings of notes missing from the notes file keep their own
   * (sparse, by row). Why not a long per rating: at 200M ratings that column alone was 1.6 GB.
   */
  private final long[] idOfNote;
  private final Int2LongOpenHashMap idOfUnknownNote;
  public final int[] rater;
  public final long[] createdAtMillis;
  /** {@link HelpfulnessLevel#code()}. */
  public final byte[] level;
  /** {@link RatingTag} bitset. */
  public final int[] tags;
  /** {@link RatingSource#code()}. */
  public final byte[] source;
  /**
   * Deprecated columns packed: bits 0-1 version (1 or 2), bit 2 agree, bit 3 disagree, bit 4
   * helpful, bit 5 notHelpful. See {@link #version(int)} and friends.
   */
  public final byte[] legacy;
  /**
   * ratedOnTweetId, dictionary-coded: a rating names one of few posts (about one per note), so an
   * int code per rating and each distinct id once; half the bytes of a long per rating.
   */
  private final int[] ratedOnCode;
  private final long[] ratedOnIds;
  /** Collaborative-note suggestions are rare: kept sparse by row. */
  public final Int2ObjectOpenHashMap<String> suggestion;
  public final Int2LongOpenHashMap suggestionId;

  public RatingTable(
      int[] note,
      long[] noteId,
      int[] rater,
      long[] createdAtMillis,
      byte[] level,
      int[] tags,
      byte[] source,
      byte[] legacy,
      long[] ratedOnTweetId,
      Int2ObjectOpenHashMap<String> suggestion,
      Int2LongOpenHashMap suggestionId) {
    this.size = note.length;
    this.note = note;
    int notes = 0;
    for (int n : note) {
      notes = Math.max(notes, n + 1);
    }
    this.idOfNote = new long[notes];
    this.idOfUnknownNote = new Int2LongOpenHashMap();
    for (int r = 0; r < note.length; r++) {
      if (note[r] >= 0) {
        idOfNote[note[r]] = noteId[r];
      } else {
        idOfUnknownNote.put(r, noteId[r]);
      }
    }
    this.rater = rater;
    this.createdAtMillis = createdAtMillis;
    this.level = level;
    this.tags = tags;
    this.source = source;
    this.legacy = legacy;
    this.ratedOnCode = new int[ratedOnTweetId.length];
    it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap codes =
        new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
    codes.defaultReturnValue(-1);
    it.unimi.dsi.fastutil.longs.LongArrayList ids = new it.unimi.dsi.fastutil.longs.LongArrayList();
    for (int r = 0; r < ratedOnTweetId.length; r++) {
      long id = ratedOnTweetId[r];
      int code = codes.putIfAbsent(id, ids.size());
      if (code < 0) {
        code = ids.size();
        ids.add(id);
      }
      ratedOnCode[r] = code;
    }
    this.ratedOnIds = ids.toLongArray();
    this.suggestion = suggestion;
    this.suggestionId = suggestionId;
  }

  /** The public noteId of rating {@code r}. */
  public long noteId(int r) {
    int n = note[r];
    return n >= 0 ? idOfNote[n] : idOfUnknownNote.get(r);
  }

  /** The post rating {@code r} was made on ({@code ratedOnTweetId}; -1 when not given). */
  public long ratedOnTweetId(int r) {
    return ratedOnIds[ratedOnCode[r]];
  }

  public float helpfulNum(int r) {
    return HelpfulnessLevel.ofCode(level[r]).helpfulNum;
  }

  public boolean hasTag(int r, RatingTag tag) {
    return (tags[r] & tag.bit()) != 0;
  }

  public int version(int r) {
    return legacy[r] & 0x3;
  }

  public boolean agree(int r) {
    return (legacy[r] & 0x4) != 0;
  }

  public boolean disagree(int r) {
    return (legacy[r] & 0x8) != 0;
  }

  public boolean helpfulFlag(int r) {
    return (legacy[r] & 0x10) != 0;
  }

  public boolean notHelpfulFlag(int r) {
    return (legacy[r] & 0x20) != 0;
  }

  public static byte packLegacy(
      int version, boolean agree, boolean disagree, boolean helpful, boolean notHelpful) {
    return (byte)
        ((version & 0x3)
            | (agree ? 0x4 : 0)
            | (disagree ? 0x8 : 0)
            | (helpful ? 0x10 : 0)
            | (notHelpful ? 0x20 : 0));
  }
}
