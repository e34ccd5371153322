package org.bridgewatch.scoring.pipeline;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.function.IntPredicate;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * {@code --cutoff-timestamp-millis}: score the data as it was at a moment, dropping notes and
 * ratings created after it (inclusive cut-off, as the reference). Status history and enrollment
 * are kept as given; history rows of dropped notes become rows of notes no longer present.
 */
final class InputCutoff {
  private InputCutoff() {}

  static ScoringInput apply(ScoringInput in, long cutoffMillis) {
    NoteTable notes = in.notes();
    int[] newIndex = new int[notes.size];
    int kept = 0;
    for (int i = 0; i < notes.size; i++) {
      newIndex[i] = notes.createdAtMillis[i] <= cutoffMillis ? kept++ : -1;
    }
    int[] keptNotes = rows(notes.size, kept, i -> newIndex[i] >= 0);
    NoteTable cutNotes = subset(notes, keptNotes);
    RatingTable ratings = in.ratings();
    int[] keptRatings =
        rows(ratings.size, countWhere(ratings.size, r -> ratings.createdAtMillis[r] <= cutoffMillis),
            r -> ratings.createdAtMillis[r] <= cutoffMillis);
    RatingTable cutRatings = subset(ratings, keptRatings, newIndex);
    return new ScoringInput(
        in.participants(),
        cutNotes,
        cutRatings,
        remapHistory(in.statusHistory(), newIndex),
        in.enrollment(),
        in.noteRequests());
  }

  private static int countWhere(int n, IntPredicate p) {
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (p.test(i)) {
        c++;
      }
    }
    return c;
  }

  private static int[] rows(int n, int count, IntPredicate keep) {
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (keep.test(i)) {
        out[k++] = i;
      }
    }
    return out;
  }

  private static NoteTable subset(NoteTable t, int[] rows) {
    int n = rows.length;
    long[] noteId = new long[n];
    int[] author = new int[n];
    long[] created = new long[n];
    long[] tweet = new long[n];
    byte[] classification = new byte[n];
    String[] believable = t.believable == null ? null : new String[n];
    String[] harmful = t.harmful == null ? null : new String[n];
    String[] difficulty = t.validationDifficulty == null ? null : new String[n];
    byte[] misleading = new byte[n];
    byte[] notMisleading = new byte[n];
    byte[] trustworthy = new byte[n];
    String[] summary = new String[n];
    boolean[] media = new boolean[n];
    boolean[] collaborative = new boolean[n];
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      noteId[i] = t.noteId[r];
      author[i] = t.author[r];
      created[i] = t.createdAtMillis[r];
      tweet[i] = t.tweetId[r];
      classification[i] = t.classification[r];
      if (believable != null) {
        believable[i] = t.believable[r];
      }
      if (harmful != null) {
        harmful[i] = t.harmful[r];
      }
      if (difficulty != null) {
        difficulty[i] = t.validationDifficulty[r];
      }
      misleading[i] = t.misleadingReasons[r];
      notMisleading[i] = t.notMisleadingReasons[r];
      trustworthy[i] = t.trustworthySources[r];
      summary[i] = t.summary[r];
      media[i] = t.isMediaNote[r];
      collaborative[i] = t.isCollaborativeNote[r];
    }
    return new NoteTable(noteId, author, created, tweet, classification, believable, harmful,
        difficulty, misleading, notMisleading, trustworthy, summary, media, collaborative);
  }

  private static RatingTable subset(RatingTable t, int[] rows, int[] newNoteIndex) {
    int n = rows.length;
    int[] note = new int[n];
    long[] noteId = new long[n];
    int[] rater = new int[n];
    long[] created = new long[n];
    byte[] level = new byte[n];
    int[] tags = new int[n];
    byte[] source = new byte[n];
    byte[] legacy = new byte[n];
    long[] ratedOn = new long[n];
    Int2ObjectOpenHashMap<String> suggestion = new Int2ObjectOpenHashMap<>();
    Int2LongOpenHashMap suggestionId = new Int2LongOpenHashMap();
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      note[i] = t.note[r] < 0 ? -1 : newNoteIndex[t.note[r]];
      noteId[i] = t.noteId(r);
      rater[i] = t.rater[r];
      created[i] = t.createdAtMillis[r];
      level[i] = t.level[r];
      tags[i] = t.tags[r];
      source[i] = t.source[r];
      legacy[i] = t.legacy[r];
      ratedOn[i] = t.ratedOnTweetId(r);
      if (t.suggestion.containsKey(r)) {
        suggestion.put(i, t.suggestion.get(r));
      }
      if (t.suggestionId.containsKey(r)) {
        suggestionId.put(i, t.suggestionId.get(r));
      }
    }
    return new RatingTable(note, noteId, rater, created, level, tags, source, legacy, ratedOn,
        suggestion, suggestionId);
  }

  private static StatusHistoryTable remapHistory(StatusHistoryTable h, int[] newNoteIndex) {
    int[] note = new int[h.size];
    for (int i = 0; i < h.size; i++) {
      note[i] = h.note[i] < 0 ? -1 : newNoteIndex[h.note[i]];
    }
    return new StatusHistoryTable(h.noteId, note, h.author, h.createdAtMillis,
        h.timestampMillisOfFirstNonNMRStatus, h.firstNonNMRStatus,
        h.timestampMillisOfCurrentStatus, h.currentStatus, h.timestampMillisOfLatestNonNMRStatus,
        h.mostRecentNonNMRStatus, h.timestampMillisOfStatusLock, h.lockedStatus,
        h.timestampMillisOfRetroLock, h.currentCoreStatus, h.currentExpansionStatus,
        h.currentGroupStatus, h.currentDecidedBy, h.currentModelingGroup,
        h.timestampMillisOfMostRecentStatusChange, h.timestampMillisOfNmrDueToMinStableCrhTime,
        h.currentMultiGroupStatus, h.currentModelingMultiGroup,
        h.timestampMinuteOfFinalScoringOutput, h.timestampMillisOfFirstNmrDueToMinStableCrhTime,
        h.abovePcrhThresholdTime);
  }
}
