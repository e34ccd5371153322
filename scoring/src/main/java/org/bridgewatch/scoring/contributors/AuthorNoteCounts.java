package org.bridgewatch.scoring.contributors;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;

/**
 * Writing track record per author: how many of their notes are CRH, CRNH and awaiting more
 * ratings, and how many ratings those notes received (aggregateRatingReceivedTotal).
 *
 * <p>{@link #allNotes} counts every note (the published columns). {@link #recentDecided} counts
 * what the enrollment rules look at: only notes created strictly after the author's last earn-out,
 * and of those the 5 most recent decided (CRH or CRNH) notes, falling back to the most recent NMR
 * notes when fewer than 5 are decided ("last 5 notes, NMR last").
 */
public final class AuthorNoteCounts {
  /** Notes considered for earning out. */
  public static final int MAX_HISTORY_EARN_OUT = 5;

  public final int[] crh;
  public final int[] crnh;
  public final int[] awaiting;
  public final int[] ratingsReceived;
  /** Author has at least one counted note. */
  public final boolean[] hasNotes;

  private AuthorNoteCounts(int participants) {
    crh = new int[participants];
    crnh = new int[participants];
    awaiting = new int[participants];
    ratingsReceived = new int[participants];
    hasNotes = new boolean[participants];
  }

  /** Every note of every author. */
  public static AuthorNoteCounts allNotes(
      int participants, NoteTable notes, NoteOutcomes outcomes, int[] numRatings) {
    AuthorNoteCounts c = new AuthorNoteCounts(participants);
    for (int n = 0; n < notes.size; n++) {
      c.add(notes.author[n], n, outcomes, numRatings);
    }
    return c;
  }

  /**
   * The 5 most recent notes per author written after {@code lastEarnOut[author]}, decided notes
   * first, then by noteId descending.
   */
  public static AuthorNoteCounts recentDecided(
      int participants,
      NoteTable notes,
      NoteOutcomes outcomes,
      int[] numRatings,
      long[] lastEarnOut) {
    int[] eligible = new int[notes.size];
    int count = 0;
    for (int n = 0; n < notes.size; n++) {
      if (notes.createdAtMillis[n] > lastEarnOut[notes.author[n]]) {
        eligible[count++] = n;
      }
    }
    int[] order = java.util.Arrays.copyOf(eligible, count);
    IntArrays.quickSort(
        order,
        (a, b) -> {
          int c = Integer.compare(notes.author[a], notes.author[b]);
          if (c != 0) {
            return c;
          }
          c = Boolean.compare(isDecided(outcomes, b), isDecided(outcomes, a));
          return c != 0 ? c : Long.compare(notes.noteId[b], notes.noteId[a]);
        });
    AuthorNoteCounts c = new AuthorNoteCounts(participants);
    int previousAuthor = -1;
    int taken = 0;
    for (int n : order) {
      int author = notes.author[n];
      if (author != previousAuthor) {
        previousAuthor = author;
        taken = 0;
      }
      // Every eligible note gives the author a row, even beyond the first five.
      c.hasNotes[author] = true;
      if (taken < MAX_HISTORY_EARN_OUT) {
        c.add(author, n, outcomes, numRatings);
        taken++;
      }
    }
    return c;
  }

  private static boolean isDecided(NoteOutcomes outcomes, int n) {
    byte s = outcomes.status()[n];
    return s == NoteStatus.CURRENTLY_RATED_HELPFUL.code()
        || s == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
  }

  private void add(int author, int n, NoteOutcomes outcomes, int[] numRatings) {
    hasNotes[author] = true;
    if (outcomes.crh()[n]) {
      crh[author]++;
    }
    if (outcomes.crnh()[n]) {
      crnh[author]++;
    }
    if (outcomes.awaiting()[n]) {
      awaiting[author]++;
    }
    ratingsReceived[author] += numRatings[n];
  }

  /** Writing impact: CRH notes minus CRNH notes. */
  public int writingImpact(int p) {
    return crh[p] - crnh[p];
  }
}
