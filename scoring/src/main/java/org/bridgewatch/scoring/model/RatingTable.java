package org.bridgewatch.scoring.model;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;

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

  /**
   * The rated notes' public ids: {@code byNote[note[r]]} for a rating of a known note, and
   * {@code byUnknownRow} by row for ratings of notes missing from the notes file.
   */
  public record NoteIds(long[] byNote, Int2LongOpenHashMap byUnknownRow) {
    /** From one noteId per rating. */
    public static NoteIds of(int[] note, long[] noteId) {
      int notes = 0;
      for (int n : note) {
        notes = Math.max(notes, n + 1);
      }
      long[] byNote = new long[notes];
      Int2LongOpenHashMap byUnknownRow = new Int2LongOpenHashMap();
      for (int r = 0; r < note.length; r++) {
        if (note[r] >= 0) {
          byNote[note[r]] = noteId[r];
        } else {
          byUnknownRow.put(r, noteId[r]);
        }
      }
      return new NoteIds(byNote, byUnknownRow);
    }
  }

  /** ratedOnTweetId dictionary-coded: {@code ids[codes[r]]}. */
  public record PostCodes(int[] codes, long[] ids) {
    /** From one ratedOnTweetId per rating; codes in first-seen order. */
    public static PostCodes of(long[] ratedOnTweetId) {
      int[] codes = new int[ratedOnTweetId.length];
      Long2IntOpenHashMap codeOf = new Long2IntOpenHashMap();
      codeOf.defaultReturnValue(-1);
      LongArrayList ids = new LongArrayList();
      for (int r = 0; r < ratedOnTweetId.length; r++) {
        int code = codeOf.putIfAbsent(ratedOnTweetId[r], ids.size());
        if (code < 0) {
          code = ids.size();
          ids.add(ratedOnTweetId[r]);
        }
        codes[r] = code;
      }
      return new PostCodes(codes, ids.toLongArray());
    }
  }

  /** A table from one value per rating in every column (tests, subsets). */
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
    this(note, NoteIds.of(note, noteId), rater, createdAtMillis, level, tags, source, legacy,
        PostCodes.of(ratedOnTweetId), suggestion, suggestionId);
  }

  /** A table from its compact columns, as the reader builds them (no long per rating). */
  public RatingTable(
      int[] note,
      NoteIds noteIds,
      int[] rater,
      long[] createdAtMillis,
      byte[] level,
      int[] tags,
      byte[] source,
      byte[] legacy,
      PostCodes ratedOn,
      Int2ObjectOpenHashMap<String> suggestion,
      Int2LongOpenHashMap suggestionId) {
    this.size = note.length;
    this.note = note;
    this.idOfNote = noteIds.byNote();
    this.idOfUnknownNote = noteIds.byUnknownRow();
    this.rater = rater;
    this.createdAtMillis = createdAtMillis;
    this.level = level;
    this.tags = tags;
    this.source = source;
    this.legacy = legacy;
    this.ratedOnCode = ratedOn.codes();
    this.ratedOnIds = ratedOn.ids();
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
