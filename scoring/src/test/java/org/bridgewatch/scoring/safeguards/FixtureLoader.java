package org.bridgewatch.scoring.safeguards;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;

/** Test-only reader of the parity fixtures' notes and ratings: just the columns this package uses. */
final class FixtureLoader {
  final ParticipantIndex participants = new ParticipantIndex();
  final NoteTable notes;
  final RatingTable ratings;

  FixtureLoader(Path dataDir) throws IOException {
    notes = readNotes(dataDir.resolve("notes-00000.tsv"));
    ratings = readRatings(dataDir.resolve("ratings-00000.tsv"));
  }

  static List<String[]> rows(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(line.split("\t", -1));
    }
    return out;
  }

  static int column(String[] header, String name) {
    int i = Arrays.asList(header).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(name);
    }
    return i;
  }

  private NoteTable readNotes(Path file) throws IOException {
    List<String[]> rows = rows(file);
    String[] h = rows.get(0);
    int n = rows.size() - 1;
    long[] id = new long[n];
    int[] author = new int[n];
    long[] created = new long[n];
    long[] tweet = new long[n];
    byte[] cls = new byte[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i + 1);
      id[i] = Long.parseLong(row[column(h, "noteId")]);
      author[i] = participants.intern(row[column(h, "noteAuthorParticipantId")]);
      created[i] = Long.parseLong(row[column(h, "createdAtMillis")]);
      tweet[i] = Long.parseLong(row[column(h, "tweetId")]);
      cls[i] = Classification.valueOf(row[column(h, "classification")]).code();
    }
    return new NoteTable(
        id, author, created, tweet, cls, null, null, null, new byte[n], new byte[n], new byte[n],
        new String[n], new boolean[n], new boolean[n]);
  }

  private RatingTable readRatings(Path file) throws IOException {
    List<String[]> rows = rows(file);
    String[] h = rows.get(0);
    int n = rows.size() - 1;
    int[] note = new int[n];
    long[] noteId = new long[n];
    int[] rater = new int[n];
    long[] created = new long[n];
    byte[] level = new byte[n];
    byte[] source = new byte[n];
    byte[] legacy = new byte[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i + 1);
      noteId[i] = Long.parseLong(row[column(h, "noteId")]);
      note[i] = notes.indexOf(noteId[i]);
      rater[i] = participants.intern(row[column(h, "raterParticipantId")]);
      created[i] = Long.parseLong(row[column(h, "createdAtMillis")]);
      HelpfulnessLevel l = HelpfulnessLevel.parse(row[column(h, "helpfulnessLevel")]);
      level[i] = l == null ? -1 : l.code();
      source[i] = RatingSource.valueOf(row[column(h, "ratingSourceBucketed")]).code();
      legacy[i] =
          RatingTable.packLegacy(
              Integer.parseInt(row[column(h, "version")]),
              "1".equals(row[column(h, "agree")]),
              "1".equals(row[column(h, "disagree")]),
              "1".equals(row[column(h, "helpful")]),
              "1".equals(row[column(h, "notHelpful")]));
    }
    return new RatingTable(
        note, noteId, rater, created, level, new int[n], source, legacy, new long[n],
        new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
  }
}
