package org.bridgewatch.scoring.io;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/** The ratings TSV: its columns, a streaming loader into {@link RatingTable}, and a writer. */
final class RatingsFormat {
  static final int NOTE_ID = 0;
  static final int RATER = 1;
  static final int CREATED_AT = 2;
  static final int VERSION = 3;
  static final int AGREE = 4;
  static final int DISAGREE = 5;
  static final int HELPFUL = 6;
  static final int NOT_HELPFUL = 7;
  static final int HELPFULNESS_LEVEL = 8;
  static final int FIRST_TAG = 9;
  static final int RATED_ON_TWEET_ID = FIRST_TAG + RatingTag.values().length;
  static final int SOURCE = RATED_ON_TWEET_ID + 1;
  static final int SUGGESTION = SOURCE + 1;
  static final int SUGGESTION_ID = SUGGESTION + 1;

  private static final RatingTag[] TAGS = RatingTag.values();

  /** ratedOnTweetId of files that predate the column (2023-05-24). */
  static final long NO_TWEET = -1;

  /** In the order a person would list them; mapped to codes by {@link #LEVEL_CODES}. */
  private static final String[] LEVELS = {"HELPFUL", "SOMEWHAT_HELPFUL", "NOT_HELPFUL"};

  private static final byte[] LEVEL_CODES = {
    HelpfulnessLevel.HELPFUL.code(),
    HelpfulnessLevel.SOMEWHAT_HELPFUL.code(),
    HelpfulnessLevel.NOT_HELPFUL.code()
  };
  static final String[] LEVEL_LABELS = NotesFormat.names(HelpfulnessLevel.values());
  static final String[] SOURCES = NotesFormat.names(RatingSource.values());

  /** Column order of the reference's {@code publicRatingTSVColumns}. */
  static final TableSchema SCHEMA = schema();

  private RatingsFormat() {}

  private static TableSchema schema() {
    TableSchema s =
        new TableSchema(PublicTable.RATINGS)
            .required("noteId")
            .required("raterParticipantId", "participantId")
            .required("createdAtMillis")
            .optional("version")
            .optional("agree")
            .optional("disagree")
            .optional("helpful")
            .optional("notHelpful")
            .required("helpfulnessLevel");
    for (RatingTag tag : RatingTag.values()) {
      if (tag == RatingTag.NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED) {
        s.optional(tag.column, "notHelpfulArgumentativeOrInflammatory"); // renamed 2021-12-15
      } else {
        s.optional(tag.column);
      }
    }
    return s.optional("ratedOnTweetId")
        .optional("ratingSourceBucketed")
        .optional("suggestion")
        .optional("suggestionId");
  }

  /**
   * Accumulates rating rows. A rating with an empty helpfulnessLevel takes its level from the
   * deprecated helpful/notHelpful columns, as the reference's "helpful rating mapping" does
   * (notHelpful wins over helpful); with neither it is dropped, as the reference drops it.
   */
  static final class Loader implements TableSource.RowSink {
    /** This part's raters, first seen first; dropped by {@link #internInto}. */
    private IdInterner raters = new IdInterner();
    /** This part's rater index -> the shared index, once interned. */
    private int[] raterMap;
    private final NoteTable notes;
    private final Growable.Ints note = new Growable.Ints();
    /** noteId of this part's ratings of notes missing from the notes file, by part row. */
    private final Int2LongOpenHashMap unknownNoteId = new Int2LongOpenHashMap();
    private final Growable.Ints rater = new Growable.Ints();
    private final Growable.Longs createdAt = new Growable.Longs();
    private final Growable.Bytes level = new Growable.Bytes();
    private final Growable.Ints tags = new Growable.Ints();
    private final Growable.Bytes source = new Growable.Bytes();
    private final Growable.Bytes legacy = new Growable.Bytes();
    /** ratedOnTweetId as codes into this part's first-seen post ids (about one post per note). */
    private final Growable.Ints ratedOnCode = new Growable.Ints();
    private final Long2IntOpenHashMap postCode = new Long2IntOpenHashMap();
    private final LongArrayList posts = new LongArrayList();
    private final Int2ObjectOpenHashMap<String> suggestion = new Int2ObjectOpenHashMap<>();
    private final Int2LongOpenHashMap suggestionId = new Int2LongOpenHashMap();
    long droppedWithoutLevel;

    /**
     * A loader for one part of the file: its raters get indexes of its own, in its first-seen
     * order, until {@link #internInto} maps them into the shared index.
     */
    Loader(NoteTable notes) {
      this.notes = notes;
      postCode.defaultReturnValue(-1);
    }

    /**
     * Interns this part's raters into {@code shared} in the part's first-seen order and drops
     * the part's own id strings. Called for each part in file order, this hands out exactly the
     * indexes a single pass over the whole file would.
     */
    void internInto(ParticipantIndex shared) {
      int[] map = new int[raters.size()];
      for (int local = 0; local < map.length; local++) {
        map[local] = shared.intern(raters.id(local));
      }
      raterMap = map;
      raters = null;
    }

    /** The parts' rows one after the other, every part already {@link #internInto interned}. */
    private static int[] sortedKeys(int[] keys) {
      Arrays.sort(keys);
      return keys;
    }

    /**
     * Joins the parts in file order, one column at a time: each part's chunks are freed as they
     * are copied, so the table is held about once while joining (with every column allocated up
     * front it was held twice). Post codes are renumbered in first-seen order over the parts,
     * as a single pass would number them.
     */
    static RatingTable concat(NoteTable notes, List<Loader> parts) {
      int size = 0;
      for (Loader part : parts) {
        size = Math.addExact(size, part.note.size());
      }
      int[] note = new int[size];
      int[] rater = new int[size];
      int[] tags = new int[size];
      int[] ratedOnCode = new int[size];
      long[] createdAt = new long[size];
      byte[] level = new byte[size];
      byte[] source = new byte[size];
      byte[] legacy = new byte[size];
      int[] offset = new int[parts.size()];
      for (int p = 1; p < parts.size(); p++) {
        offset[p] = offset[p - 1] + parts.get(p - 1).note.size();
      }
      for (int p = 0; p < parts.size(); p++) {
        parts.get(p).note.moveTo(note, offset[p]);
      }
      for (int p = 0; p < parts.size(); p++) {
        parts.get(p).rater.moveTo(rater, offset[p], parts.get(p).raterMap);
      }
      for (int p = 0; p < parts.size(); p++) {
        parts.get(p).tags.moveTo(tags, offset[p]);
      }
      Long2IntOpenHashMap globalCode = new Long2IntOpenHashMap();
      globalCode.defaultReturnValue(-1);
      LongArrayList posts = new LongArrayList();
      for (int p = 0; p < parts.size(); p++) {
        Loader part = parts.get(p);
        int[] map = new int[part.posts.size()];
        for (int local = 0; local < map.length; local++) {
          long id = part.posts.getLong(local);
          int code = globalCode.putIfAbsent(id, posts.size());
          if (code < 0) {
            code = posts.size();
            posts.add(id);
          }
          map[local] = code;
        }
        part.ratedOnCode.moveTo(ratedOnCode, offset[p], map);
      }
      for (int p = 0; p < parts.size(); p++) {
        parts.get(p).createdAt.moveTo(createdAt, offset[p]);
      }
      for (int p = 0; p < parts.size(); p++) {
        parts.get(p).level.moveTo(level, offset[p]);
        parts.get(p).source.moveTo(source, offset[p]);
        parts.get(p).legacy.moveTo(legacy, offset[p]);
      }
      Int2LongOpenHashMap unknownNoteId = new Int2LongOpenHashMap();
      Int2ObjectOpenHashMap<String> suggestion = new Int2ObjectOpenHashMap<>();
      Int2LongOpenHashMap suggestionId = new Int2LongOpenHashMap();
      for (int p = 0; p < parts.size(); p++) {
        Loader part = parts.get(p);
        int at = offset[p];
        // In row order, as a single pass would have put them.
        for (int r : sortedKeys(part.unknownNoteId.keySet().toIntArray())) {
          unknownNoteId.put(at + r, part.unknownNoteId.get(r));
        }
        for (int r : sortedKeys(part.suggestion.keySet().toIntArray())) {
          suggestion.put(at + r, part.suggestion.get(r));
        }
        for (int r : sortedKeys(part.suggestionId.keySet().toIntArray())) {
          suggestionId.put(at + r, part.suggestionId.get(r));
        }
      }
      unknownNoteId.trim();
      suggestion.trim();
      suggestionId.trim();
      return new RatingTable(
          note,
          new RatingTable.NoteIds(notes.noteId, unknownNoteId),
          rater,
          createdAt,
          level,
          tags,
          source,
          legacy,
          new RatingTable.PostCodes(ratedOnCode, posts.toLongArray()),
          suggestion,
          suggestionId);
    }

    @Override
    public void accept(TsvRow row) {
      long id = row.requiredLong(NOTE_ID);
      row.checkId(RATER); // interned only once the rating is kept, as first-seen order requires
      long created = row.requiredLong(CREATED_AT);
      boolean helpful = row.flag(HELPFUL);
      boolean notHelpful = row.flag(NOT_HELPFUL);
      int choice = row.choice(HELPFULNESS_LEVEL, LEVELS);
      byte code;
      if (choice >= 0) {
        code = LEVEL_CODES[choice];
      } else if (notHelpful || helpful) {
        code = notHelpful ? HelpfulnessLevel.NOT_HELPFUL.code() : HelpfulnessLevel.HELPFUL.code();
      } else {
        droppedWithoutLevel++;
        return;
      }
      long version = row.optionalLong(VERSION, 0);
      if (version < 0 || version > 3) {
        throw row.error(VERSION, "expected 1 or 2, got " + version);
      }
      int r = note.size();
      int noteIndex = notes.indexOf(id);
      note.add(noteIndex);
      if (noteIndex < 0) {
        unknownNoteId.put(r, id);
      }
      rater.add(row.id(RATER, raters));
      createdAt.add(created);
      level.add(code);
      tags.add(tagBits(row));
      int src = row.choice(SOURCE, SOURCES);
      source.add((byte) Math.max(src, 0));
      legacy.add(
          RatingTable.packLegacy(
              (int) version, row.flag(AGREE), row.flag(DISAGREE), helpful, notHelpful));
      long post = row.optionalLong(RATED_ON_TWEET_ID, NO_TWEET);
      int postIndex = postCode.putIfAbsent(post, posts.size());
      if (postIndex < 0) {
        postIndex = posts.size();
        posts.add(post);
      }
      ratedOnCode.add(postIndex);
      if (!row.isEmpty(SUGGESTION)) {
        suggestion.put(r, row.string(SUGGESTION));
      }
      if (!row.isEmpty(SUGGESTION_ID)) {
        suggestionId.put(r, row.requiredLong(SUGGESTION_ID));
      }
    }

    private static int tagBits(TsvRow row) {
      int bits = 0;
      for (int i = 0; i < TAGS.length; i++) {
        if (row.flag(FIRST_TAG + i)) {
          bits |= TAGS[i].bit();
        }
      }
      return bits;
    }
  }

  /** The ratings table in the public column order, every column present. */
  static OutputTable toOutput(RatingTable ratings, ParticipantIndex participants) {
    OutputTable t =
        new OutputTable(ratings.size)
            .column("noteId", (r, out) -> out.append(ratings.noteId(r)))
            .strings("raterParticipantId", i -> participants.id(ratings.rater[i]))
            .int64("createdAtMillis", ratings.createdAtMillis)
            .column("version", (r, out) -> out.append(ratings.version(r)))
            .column("agree", (r, out) -> out.append(ratings.agree(r) ? '1' : '0'))
            .column("disagree", (r, out) -> out.append(ratings.disagree(r) ? '1' : '0'))
            .column("helpful", (r, out) -> out.append(ratings.helpfulFlag(r) ? '1' : '0'))
            .column("notHelpful", (r, out) -> out.append(ratings.notHelpfulFlag(r) ? '1' : '0'))
            .codes("helpfulnessLevel", ratings.level, LEVEL_LABELS);
    for (RatingTag tag : RatingTag.values()) {
      int bit = tag.bit();
      t.column(tag.column, (r, out) -> out.append((ratings.tags[r] & bit) != 0 ? '1' : '0'));
    }
    return t.column("ratedOnTweetId", (r, out) -> out.append(ratings.ratedOnTweetId(r)))
        .codes("ratingSourceBucketed", ratings.source, SOURCES)
        .strings("suggestion", r -> ratings.suggestion.get(r))
        .column(
            "suggestionId",
            (r, out) -> {
              if (ratings.suggestionId.containsKey(r)) {
                out.append(ratings.suggestionId.get(r));
              }
            });
  }
}
