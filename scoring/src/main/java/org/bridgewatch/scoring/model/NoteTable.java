package org.bridgewatch.scoring.model;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * The notes table, one row per note, columnar. Row {@code i} is the note's dense index used by
 * every other table ({@code RatingTable.note}, {@code StatusHistoryTable.note}).
 *
 * <p>{@code misleadingReasons} and {@code notMisleadingReasons} are bitsets in the TSV column order
 * of {@link #MISLEADING_COLUMNS} and {@link #NOT_MISLEADING_COLUMNS}.
 */
public final class NoteTable {
  public static final String[] MISLEADING_COLUMNS = {
    "misleadingOther",
    "misleadingFactualError",
    "misleadingManipulatedMedia",
    "misleadingOutdatedInformation",
    "misleadingMissingImportantContext",
    "misleadingUnverifiedClaimAsFact",
    "misleadingSatire"
  };
  public static final String[] NOT_MISLEADING_COLUMNS = {
    "notMisleadingOther",
    "notMisleadingFactuallyCorrect",
    "notMisleadingOutdatedButNotWhenWritten",
    "notMisleadingClearlySatire",
    "notMisleadingPersonalOpinion"
  };

  public final int size;
  public final long[] noteId;
  /** Author's index in the input's {@link ParticipantIndex}. */
  public final int[] author;
  public final long[] createdAtMillis;
  public final long[] tweetId;
  /** {@link Classification#code()}. */
  public final byte[] classification;
  /** Deprecated free-text columns ("believable", "harmful", "validationDifficulty"); may be null. */
  public final String[] believable;
  public final String[] harmful;
  public final String[] validationDifficulty;
  public final byte[] misleadingReasons;
  public final byte[] notMisleadingReasons;
  public final byte[] trustworthySources;
  public final String[] summary;
  public final boolean[] isMediaNote;
  public final boolean[] isCollaborativeNote;

  private final Long2IntOpenHashMap index;

  public NoteTable(
      long[] noteId,
      int[] author,
      long[] createdAtMillis,
      long[] tweetId,
      byte[] classification,
      String[] believable,
      String[] harmful,
      String[] validationDifficulty,
      byte[] misleadingReasons,
      byte[] notMisleadingReasons,
      byte[] trustworthySources,
      String[] summary,
      boolean[] isMediaNote,
      boolean[] isCollaborativeNote) {
    this.size = noteId.length;
    this.noteId = noteId;
    this.author = author;
    this.createdAtMillis = createdAtMillis;
    this.tweetId = tweetId;
    this.classification = classification;
    this.believable = believable;
    this.harmful = harmful;
    this.validationDifficulty = validationDifficulty;
    this.misleadingReasons = misleadingReasons;
    this.notMisleadingReasons = notMisleadingReasons;
    this.trustworthySources = trustworthySources;
    this.summary = summary;
    this.isMediaNote = isMediaNote;
    this.isCollaborativeNote = isCollaborativeNote;
    this.index = new Long2IntOpenHashMap(size);
    index.defaultReturnValue(-1);
    for (int i = 0; i < size; i++) {
      index.put(noteId[i], i);
    }
  }

  /** Dense index of a public noteId, or -1. */
  public int indexOf(long id) {
    return index.get(id);
  }
}
