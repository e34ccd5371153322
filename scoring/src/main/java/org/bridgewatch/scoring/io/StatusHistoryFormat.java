package org.bridgewatch.scoring.io;

import java.util.HashMap;
import java.util.Map;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * The noteStatusHistory TSV: its columns, a loader into {@link StatusHistoryTable}, and a writer
 * for both the public layout (integer timestamps) and the reference's output layout (pandas float64
 * for every nullable number: "1793494800000.0", "14.0").
 */
final class StatusHistoryFormat {
  static final int NOTE_ID = 0;
  static final int AUTHOR = 1;
  static final int CREATED_AT = 2;

  static final String[] STATUSES = NotesFormat.names(NoteStatus.values());

  /** Column order of the reference's {@code noteStatusHistoryTSVColumns}. */
  static final TableSchema SCHEMA = schema();

  private StatusHistoryFormat() {}

  private static TableSchema schema() {
    TableSchema s =
        new TableSchema(PublicTable.STATUS_HISTORY)
            .required("noteId")
            .required("noteAuthorParticipantId", "participantId")
            .required("createdAtMillis");
    String[] columns = StatusHistoryTable.COLUMNS;
    for (int c = 3; c < columns.length; c++) {
      switch (columns[c]) {
        case "mostRecentNonNMRStatus" -> s.optional(columns[c], "latestNonNMRStatus");
        case "currentDecidedBy" -> s.optional(columns[c], "currentDecidedByKey");
        default -> s.optional(columns[c]);
      }
    }
    return s;
  }

  private static int col(String name) {
    return SCHEMA.lookup(name);
  }

  /** Every column beyond the first three, by kind. */
  private static final int[] TIME_COLUMNS = {
    col("timestampMillisOfFirstNonNMRStatus"),
    col("timestampMillisOfCurrentStatus"),
    col("timestampMillisOfLatestNonNMRStatus"),
    col("timestampMillisOfStatusLock"),
    col("timestampMillisOfRetroLock"),
    col("timestampMillisOfMostRecentStatusChange"),
    col("timestampMillisOfNmrDueToMinStableCrhTime"),
    col("timestampMinuteOfFinalScoringOutput"),
    col("timestampMillisOfFirstNmrDueToMinStableCrhTime"),
    col("abovePcrhThresholdTime")
  };

  private static final int[] STATUS_COLUMNS = {
    col("firstNonNMRStatus"),
    col("currentStatus"),
    col("mostRecentNonNMRStatus"),
    col("lockedStatus"),
    col("currentCoreStatus"),
    col("currentExpansionStatus"),
    col("currentGroupStatus"),
    col("currentMultiGroupStatus")
  };

  private static final int[] GROUP_COLUMNS = {
    col("currentModelingGroup"), col("currentModelingMultiGroup")
  };

  private static final int DECIDED_BY = col("currentDecidedBy");

  /** Accumulates history rows; empty numbers are {@link Nulls} sentinels. */
  static final class Loader implements TableSource.RowSink {
    private final ParticipantIndex participants;
    private final NoteTable notes;
    private final Growable.Longs noteId = new Growable.Longs();
    private final Growable.Ints note = new Growable.Ints();
    private final Growable.Ints author = new Growable.Ints();
    private final Growable.Longs createdAt = new Growable.Longs();
    private final Growable.Longs[] times = new Growable.Longs[TIME_COLUMNS.length];
    private final Growable.Bytes[] statuses = new Growable.Bytes[STATUS_COLUMNS.length];
    private final Growable.Ints[] groups = new Growable.Ints[GROUP_COLUMNS.length];
    private final Growable.Strings decidedBy = new Growable.Strings();
    private final Map<String, String> interned = new HashMap<>();

    Loader(ParticipantIndex participants, NoteTable notes) {
      this.participants = participants;
      this.notes = notes;
      for (int i = 0; i < times.length; i++) {
        times[i] = new Growable.Longs();
      }
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = new Growable.Bytes();
      }
      for (int i = 0; i < groups.length; i++) {
        groups[i] = new Growable.Ints();
      }
    }

    @Override
    public void accept(TsvRow row) {
      long id = row.requiredLong(NOTE_ID);
      noteId.add(id);
      note.add(notes.indexOf(id));
      author.add(participants.intern(row.id(AUTHOR)));
      createdAt.add(row.requiredLong(CREATED_AT));
      for (int i = 0; i < TIME_COLUMNS.length; i++) {
        times[i].add(row.wholeNumber(TIME_COLUMNS[i], Nulls.NO_TIME));
      }
      for (int i = 0; i < STATUS_COLUMNS.length; i++) {
        statuses[i].add((byte) row.choice(STATUS_COLUMNS[i], STATUSES));
      }
      for (int i = 0; i < GROUP_COLUMNS.length; i++) {
        long group = row.wholeNumber(GROUP_COLUMNS[i], Nulls.NO_INT);
        if (group != Nulls.NO_INT && (group < Integer.MIN_VALUE + 1 || group > Integer.MAX_VALUE)) {
          throw row.error(GROUP_COLUMNS[i], "group id out of range: " + group);
        }
        groups[i].add((int) group);
      }
      String decided = row.stringOrNull(DECIDED_BY);
      decidedBy.add(decided == null ? null : interned.computeIfAbsent(decided, k -> k));
    }

    StatusHistoryTable build() {
      long[][] t = new long[times.length][];
      for (int i = 0; i < t.length; i++) {
        t[i] = times[i].trimmed();
      }
      byte[][] s = new byte[statuses.length][];
      for (int i = 0; i < s.length; i++) {
        s[i] = statuses[i].trimmed();
      }
      return new StatusHistoryTable(
          noteId.trimmed(),
          note.trimmed(),
          author.trimmed(),
          createdAt.trimmed(),
          t[0],
          s[0],
          t[1],
          s[1],
          t[2],
          s[2],
          t[3],
          s[3],
          t[4],
          s[4],
          s[5],
          s[6],
          decidedBy.trimmed(),
          groups[0].trimmed(),
          t[5],
          t[6],
          s[7],
          groups[1].trimmed(),
          t[7],
          t[8],
          t[9]);
    }
  }

  /**
   * The table in {@link StatusHistoryTable#COLUMNS} order. With {@code pandasFloats} the nullable
   * numbers print as the reference's note_status_history.tsv prints them (float64).
   */
  static OutputTable toOutput(
      StatusHistoryTable h, ParticipantIndex participants, boolean pandasFloats) {
    OutputTable t =
        new OutputTable(h.size)
            .int64("noteId", h.noteId)
            .strings("noteAuthorParticipantId", i -> participants.id(h.author[i]))
            .int64("createdAtMillis", h.createdAtMillis);
    time(
        t,
        "timestampMillisOfFirstNonNMRStatus",
        h.timestampMillisOfFirstNonNMRStatus,
        pandasFloats);
    t.codes("firstNonNMRStatus", h.firstNonNMRStatus, STATUSES);
    time(t, "timestampMillisOfCurrentStatus", h.timestampMillisOfCurrentStatus, pandasFloats);
    t.codes("currentStatus", h.currentStatus, STATUSES);
    time(
        t,
        "timestampMillisOfLatestNonNMRStatus",
        h.timestampMillisOfLatestNonNMRStatus,
        pandasFloats);
    t.codes("mostRecentNonNMRStatus", h.mostRecentNonNMRStatus, STATUSES);
    time(t, "timestampMillisOfStatusLock", h.timestampMillisOfStatusLock, pandasFloats);
    t.codes("lockedStatus", h.lockedStatus, STATUSES);
    time(t, "timestampMillisOfRetroLock", h.timestampMillisOfRetroLock, pandasFloats);
    t.codes("currentCoreStatus", h.currentCoreStatus, STATUSES)
        .codes("currentExpansionStatus", h.currentExpansionStatus, STATUSES)
        .codes("currentGroupStatus", h.currentGroupStatus, STATUSES)
        .strings("currentDecidedBy", h.currentDecidedBy);
    group(t, "currentModelingGroup", h.currentModelingGroup, pandasFloats);
    time(
        t,
        "timestampMillisOfMostRecentStatusChange",
        h.timestampMillisOfMostRecentStatusChange,
        pandasFloats);
    time(
        t,
        "timestampMillisOfNmrDueToMinStableCrhTime",
        h.timestampMillisOfNmrDueToMinStableCrhTime,
        pandasFloats);
    t.codes("currentMultiGroupStatus", h.currentMultiGroupStatus, STATUSES);
    group(t, "currentModelingMultiGroup", h.currentModelingMultiGroup, pandasFloats);
    time(
        t,
        "timestampMinuteOfFinalScoringOutput",
        h.timestampMinuteOfFinalScoringOutput,
        pandasFloats);
    time(
        t,
        "timestampMillisOfFirstNmrDueToMinStableCrhTime",
        h.timestampMillisOfFirstNmrDueToMinStableCrhTime,
        pandasFloats);
    time(t, "abovePcrhThresholdTime", h.abovePcrhThresholdTime, pandasFloats);
    return t;
  }

  private static void time(OutputTable t, String name, long[] v, boolean pandasFloats) {
    if (pandasFloats) {
      t.longAsFloat64(name, v, Nulls.NO_TIME);
    } else {
      t.nullableInt64(name, v, Nulls.NO_TIME);
    }
  }

  private static void group(OutputTable t, String name, int[] v, boolean pandasFloats) {
    if (pandasFloats) {
      t.intAsFloat64(name, v);
    } else {
      t.nullableInt32(name, v);
    }
  }
}
