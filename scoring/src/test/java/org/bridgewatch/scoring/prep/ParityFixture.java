package org.bridgewatch.scoring.prep;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.junit.jupiter.api.Assumptions;

/**
 * Test-only reader of the parity fixtures: just the columns preprocessing, slices and the topic
 * model read. (The real loader lives in the io package.)
 */
final class ParityFixture {
  final Path dir;

  private ParityFixture(Path dir) {
    this.dir = dir;
  }

  /** The fixture {@code name} ("tiny", "small"), or a skipped test when absent. */
  static ParityFixture require(String name) {
    String base = System.getProperty("bridgewatch.parity.dir");
    Assumptions.assumeTrue(base != null, "bridgewatch.parity.dir not set");
    Path dir = Path.of(base, name);
    Assumptions.assumeTrue(
        Files.isRegularFile(dir.resolve("data/notes-00000.tsv")), "fixture " + name + " absent");
    return new ParityFixture(dir);
  }

  /** Rows as maps by header name. */
  static List<Map<String, String>> read(Path file) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().fieldSeparator('\t').ofCsvRecord(file)) {
      List<String> header = null;
      for (CsvRecord rec : reader) {
        if (header == null) {
          header = rec.getFields();
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < rec.getFieldCount() ? rec.getField(i) : "");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  ScoringInput load() {
    ParticipantIndex participants = new ParticipantIndex();
    List<Map<String, String>> noteRows = read(dir.resolve("data/notes-00000.tsv"));
    int n = noteRows.size();
    long[] noteId = new long[n];
    int[] author = new int[n];
    long[] created = new long[n];
    long[] tweet = new long[n];
    byte[] cls = new byte[n];
    String[] summary = new String[n];
    for (int i = 0; i < n; i++) {
      Map<String, String> r = noteRows.get(i);
      noteId[i] = Long.parseLong(r.get("noteId"));
      author[i] = participants.intern(r.get("noteAuthorParticipantId"));
      created[i] = Long.parseLong(r.get("createdAtMillis"));
      tweet[i] = Long.parseLong(r.get("tweetId"));
      String c = r.get("classification");
      cls[i] =
          c.isEmpty() ? Nulls.NO_CODE : Classification.valueOf(c).code();
      summary[i] = r.get("summary");
    }
    NoteTable notes =
        new NoteTable(
            noteId, author, created, tweet, cls, null, null, null, new byte[n], new byte[n],
            new byte[n], summary, new boolean[n], new boolean[n]);

    List<Map<String, String>> ratingRows = read(dir.resolve("data/ratings-00000.tsv"));
    int m = ratingRows.size();
    int[] note = new int[m];
    long[] rNoteId = new long[m];
    int[] rater = new int[m];
    long[] rCreated = new long[m];
    byte[] level = new byte[m];
    int[] tags = new int[m];
    byte[] source = new byte[m];
    byte[] legacy = new byte[m];
    long[] ratedOn = new long[m];
    for (int i = 0; i < m; i++) {
      Map<String, String> r = ratingRows.get(i);
      rNoteId[i] = Long.parseLong(r.get("noteId"));
      note[i] = notes.indexOf(rNoteId[i]);
      rater[i] = participants.intern(r.get("raterParticipantId"));
      rCreated[i] = Long.parseLong(r.get("createdAtMillis"));
      HelpfulnessLevel hl = HelpfulnessLevel.parse(r.get("helpfulnessLevel"));
      level[i] = hl == null ? Nulls.NO_CODE : hl.code();
      int t = 0;
      for (RatingTag tag : RatingTag.values()) {
        if ("1".equals(r.get(tag.column))) {
          t |= tag.bit();
        }
      }
      tags[i] = t;
      source[i] =
          "POPULATION_SAMPLED".equals(r.get("ratingSourceBucketed"))
              ? RatingSource.POPULATION_SAMPLED.code()
              : RatingSource.DEFAULT.code();
      legacy[i] =
          RatingTable.packLegacy(
              parseInt(r.get("version"), 2),
              "1".equals(r.get("agree")),
              "1".equals(r.get("disagree")),
              "1".equals(r.get("helpful")),
              "1".equals(r.get("notHelpful")));
      ratedOn[i] = parseLong(r.get("ratedOnTweetId"), -1);
    }
    RatingTable ratings =
        new RatingTable(
            note, rNoteId, rater, rCreated, level, tags, source, legacy, ratedOn,
            new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>(),
            new it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap());

    List<Map<String, String>> nshRows = read(dir.resolve("data/noteStatusHistory-00000.tsv"));
    int h = nshRows.size();
    long[] hNoteId = new long[h];
    int[] hNote = new int[h];
    int[] hAuthor = new int[h];
    long[] hCreated = new long[h];
    for (int i = 0; i < h; i++) {
      Map<String, String> r = nshRows.get(i);
      hNoteId[i] = Long.parseLong(r.get("noteId"));
      hNote[i] = notes.indexOf(hNoteId[i]);
      hAuthor[i] = participants.intern(r.get("noteAuthorParticipantId"));
      hCreated[i] = Long.parseLong(r.get("createdAtMillis"));
    }
    StatusHistoryTable history =
        new StatusHistoryTable(
            hNoteId, hNote, hAuthor, hCreated, times(h), codes(h), times(h), codes(h), times(h),
            codes(h), times(h), codes(h), times(h), codes(h), codes(h), codes(h), new String[h],
            ints(h), times(h), times(h), codes(h), ints(h), times(h), times(h), times(h));

    List<Map<String, String>> enrollRows = read(dir.resolve("data/userEnrollment-00000.tsv"));
    IntArrayList participant = new IntArrayList();
    IntArrayList group = new IntArrayList();
    for (Map<String, String> r : enrollRows) {
      participant.add(participants.intern(r.get("participantId")));
      String g = r.get("modelingGroup");
      group.add(g.isEmpty() ? Nulls.NO_INT : (int) Double.parseDouble(g));
    }
    int e = participant.size();
    EnrollmentTable enrollment =
        new EnrollmentTable(
            participant.toIntArray(), codes(e), new int[e], times(e), times(e), codes(e),
            group.toIntArray(), new int[e]);
    return new ScoringInput(participants, notes, ratings, history, enrollment, null);
  }

  List<Map<String, String>> scoredNotes() {
    return read(dir.resolve("reference/scored_notes.tsv"));
  }

  List<Map<String, String>> helpfulnessScores() {
    return read(dir.resolve("reference/helpfulness_scores.tsv"));
  }

  private static long[] times(int n) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, Nulls.NO_TIME);
    return a;
  }

  private static byte[] codes(int n) {
    byte[] a = new byte[n];
    java.util.Arrays.fill(a, Nulls.NO_CODE);
    return a;
  }

  private static int[] ints(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, Nulls.NO_INT);
    return a;
  }

  private static int parseInt(String s, int dflt) {
    return s == null || s.isEmpty() ? dflt : (int) Double.parseDouble(s);
  }

  private static long parseLong(String s, long dflt) {
    return s == null || s.isEmpty() ? dflt : Long.parseLong(s);
  }

}
