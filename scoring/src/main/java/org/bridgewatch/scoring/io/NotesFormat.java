package org.bridgewatch.scoring.io;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.HashMap;
import java.util.Map;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;

/** The notes TSV: its columns, a streaming loader into {@link NoteTable}, and a writer. */
final class NotesFormat {
  static final int NOTE_ID = 0;
  static final int AUTHOR = 1;
  static final int CREATED_AT = 2;
  static final int TWEET_ID = 3;
  static final int CLASSIFICATION = 4;
  static final int BELIEVABLE = 5;
  static final int HARMFUL = 6;
  static final int VALIDATION_DIFFICULTY = 7;
  static final int FIRST_MISLEADING = 8;
  static final int FIRST_NOT_MISLEADING = FIRST_MISLEADING + NoteTable.MISLEADING_COLUMNS.length;
  static final int TRUSTWORTHY_SOURCES =
      FIRST_NOT_MISLEADING + NoteTable.NOT_MISLEADING_COLUMNS.length;
  static final int SUMMARY = TRUSTWORTHY_SOURCES + 1;
  static final int IS_MEDIA_NOTE = SUMMARY + 1;
  static final int IS_COLLABORATIVE_NOTE = IS_MEDIA_NOTE + 1;

  static final String[] CLASSIFICATIONS = names(Classification.values());

  /** Column order of the reference's {@code noteTSVColumns}. */
  static final TableSchema SCHEMA = schema();

  private NotesFormat() {}

  private static TableSchema schema() {
    TableSchema s =
        new TableSchema(PublicTable.NOTES)
            .required("noteId")
            .required("noteAuthorParticipantId", "participantId")
            .required("createdAtMillis")
            .required("tweetId")
            .required("classification")
            .optional("believable")
            .optional("harmful")
            .optional("validationDifficulty");
    for (String name : NoteTable.MISLEADING_COLUMNS) {
      s.optional(name);
    }
    for (String name : NoteTable.NOT_MISLEADING_COLUMNS) {
      s.optional(name);
    }
    return s.optional("trustworthySources")
        .optional("summary")
        .optional("isMediaNote")
        .optional("isCollaborativeNote");
  }

  static String[] names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return names;
  }

  /** Accumulates note rows; absent optional columns read as 0 / empty. */
  static final class Loader implements TableSource.RowSink {
    private final ParticipantIndex participants;
    private final LongOpenHashSet seen = new LongOpenHashSet();
    private final Map<String, String> interned = new HashMap<>();
    private final Growable.Longs noteId = new Growable.Longs();
    private final Growable.Ints author = new Growable.Ints();
    private final Growable.Longs createdAt = new Growable.Longs();
    private final Growable.Longs tweetId = new Growable.Longs();
    private final Growable.Bytes classification = new Growable.Bytes();
    private final Growable.Strings believable = new Growable.Strings();
    private final Growable.Strings harmful = new Growable.Strings();
    private final Growable.Strings validationDifficulty = new Growable.Strings();
    private final Growable.Bytes misleading = new Growable.Bytes();
    private final Growable.Bytes notMisleading = new Growable.Bytes();
    private final Growable.Bytes trustworthy = new Growable.Bytes();
    private final Growable.Strings summary = new Growable.Strings();
    private final Growable.Booleans media = new Growable.Booleans();
    private final Growable.Booleans collaborative = new Growable.Booleans();

    Loader(ParticipantIndex participants) {
      this.participants = participants;
    }

    @Override
    public void accept(TsvRow row) {
      long id = row.requiredLong(NOTE_ID);
      if (!seen.add(id)) {
        throw row.error(NOTE_ID, "duplicate noteId " + id);
      }
      noteId.add(id);
      author.add(participants.intern(row.id(AUTHOR)));
      createdAt.add(row.requiredLong(CREATED_AT));
      tweetId.add(row.requiredLong(TWEET_ID));
      classification.add((byte) row.choice(CLASSIFICATION, CLASSIFICATIONS));
      believable.add(intern(row.stringOrNull(BELIEVABLE)));
      harmful.add(intern(row.stringOrNull(HARMFUL)));
      validationDifficulty.add(intern(row.stringOrNull(VALIDATION_DIFFICULTY)));
      misleading.add(bits(row, FIRST_MISLEADING, NoteTable.MISLEADING_COLUMNS.length));
      notMisleading.add(bits(row, FIRST_NOT_MISLEADING, NoteTable.NOT_MISLEADING_COLUMNS.length));
      trustworthy.add((byte) (row.flag(TRUSTWORTHY_SOURCES) ? 1 : 0));
      summary.add(row.string(SUMMARY));
      media.add(row.flag(IS_MEDIA_NOTE));
      collaborative.add(row.flag(IS_COLLABORATIVE_NOTE));
    }

    private static byte bits(TsvRow row, int first, int count) {
      int bits = 0;
      for (int i = 0; i < count; i++) {
        if (row.flag(first + i)) {
          bits |= 1 << i;
        }
      }
      return (byte) bits;
    }

    private String intern(String s) {
      return s == null ? null : interned.computeIfAbsent(s, k -> k);
    }

    NoteTable build() {
      return new NoteTable(
          noteId.trimmed(),
          author.trimmed(),
          createdAt.trimmed(),
          tweetId.trimmed(),
          classification.trimmed(),
          believable.trimmed(),
          harmful.trimmed(),
          validationDifficulty.trimmed(),
          misleading.trimmed(),
          notMisleading.trimmed(),
          trustworthy.trimmed(),
          summary.trimmed(),
          media.trimmed(),
          collaborative.trimmed());
    }
  }

  /** The notes table in the public column order, every column present. */
  static OutputTable toOutput(NoteTable notes, ParticipantIndex participants) {
    int n = notes.size;
    OutputTable t =
        new OutputTable(n)
            .int64("noteId", notes.noteId)
            .strings("noteAuthorParticipantId", i -> participants.id(notes.author[i]))
            .int64("createdAtMillis", notes.createdAtMillis)
            .int64("tweetId", notes.tweetId)
            .codes("classification", notes.classification, CLASSIFICATIONS)
            .strings("believable", notes.believable)
            .strings("harmful", notes.harmful)
            .strings("validationDifficulty", notes.validationDifficulty);
    for (int b = 0; b < NoteTable.MISLEADING_COLUMNS.length; b++) {
      t.bitFlag(NoteTable.MISLEADING_COLUMNS[b], notes.misleadingReasons, b);
    }
    for (int b = 0; b < NoteTable.NOT_MISLEADING_COLUMNS.length; b++) {
      t.bitFlag(NoteTable.NOT_MISLEADING_COLUMNS[b], notes.notMisleadingReasons, b);
    }
    return t.int8("trustworthySources", notes.trustworthySources)
        .strings("summary", notes.summary)
        .flag("isMediaNote", notes.isMediaNote)
        .flag("isCollaborativeNote", notes.isCollaborativeNote);
  }
}
