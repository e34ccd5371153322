package org.bridgewatch.scoring.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.NoteRequestTable;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Loads X's public Community Notes downloads into one {@link ScoringInput}.
 *
 * <p>First every file of every table is opened and its header checked, so a missing column in any
 * input is reported before a single row is parsed. Then the tables are read in a fixed order —
 * notes (which define note indexes), ratings, status history, enrollment, note requests — all
 * interning participants into one {@link ParticipantIndex}. The ratings are read in parts on
 * several threads, and their raters interned part by part in file order, so indexes are still
 * first-seen order in that sequence of files. Ratings and history rows of notes that are not in the
 * notes file keep note index -1.
 */
public final class PublicDataReader {
  private PublicDataReader() {}

  /**
   * Reads with one worker per core; see {@link #read(InputPaths, ProgressListener, int)}.
   *
   * @throws DataFormatException for any missing file, bad header or bad value
   */
  public static ScoringInput read(InputPaths paths, ProgressListener progress) {
    return read(paths, progress, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads the inputs; the ratings, by far the largest, are parsed in parts on {@code threads}
   * workers. The result is the same for any thread count.
   *
   * @throws DataFormatException for any missing file, bad header or bad value; when headers are
   *     bad, the message lists every problem found, one per line
   */
  public static ScoringInput read(InputPaths paths, ProgressListener progress, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    if (paths.notes() == null || paths.ratings() == null) {
      throw new DataFormatException("both a notes and a ratings input are required");
    }
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    HeaderMode mode = paths.headers();
    List<String> problems = new ArrayList<>();
    TableSource notes = TableSource.prepare(NotesFormat.SCHEMA, paths.notes(), mode, problems);
    TableSource ratings =
        TableSource.prepare(RatingsFormat.SCHEMA, paths.ratings(), mode, problems);
    TableSource history =
        prepareOptional(StatusHistoryFormat.SCHEMA, paths.statusHistory(), mode, problems);
    TableSource enrollment =
        prepareOptional(EnrollmentFormat.SCHEMA, paths.enrollment(), mode, problems);
    TableSource requests =
        prepareOptional(NoteRequestsFormat.SCHEMA, paths.noteRequests(), mode, problems);
    if (!problems.isEmpty()) {
      throw new DataFormatException(String.join(System.lineSeparator(), problems));
    }

    ParticipantIndex participants = new ParticipantIndex();
    NotesFormat.Loader noteLoader = new NotesFormat.Loader(participants);
    notes.forEachRow(noteLoader, listener);
    NoteTable noteTable = noteLoader.build();

    // Each part interns its raters locally; interning the parts in file order gives the indexes
    // a single pass would.
    List<RatingsFormat.Loader> ratingParts = new ArrayList<>();
    ratings.forEachPart(
        () -> new RatingsFormat.Loader(noteTable),
        part -> {
          part.internInto(participants);
          ratingParts.add(part);
        },
        threads,
        listener);
    long droppedWithoutLevel = 0;
    for (RatingsFormat.Loader part : ratingParts) {
      droppedWithoutLevel += part.droppedWithoutLevel;
    }
    RatingTable ratingTable = RatingsFormat.Loader.concat(noteTable, ratingParts);
    ratingParts.clear();
    if (droppedWithoutLevel > 0) {
      listener.warning(
          droppedWithoutLevel
              + " ratings had no helpfulnessLevel and no helpful/notHelpful answer and were"
              + " skipped");
    }

    StatusHistoryFormat.Loader historyLoader =
        new StatusHistoryFormat.Loader(participants, noteTable);
    if (history != null) {
      history.forEachRow(historyLoader, listener);
    }
    StatusHistoryTable historyTable = historyLoader.build();

    EnrollmentFormat.Loader enrollmentLoader = new EnrollmentFormat.Loader(participants);
    if (enrollment != null) {
      enrollment.forEachRow(enrollmentLoader, listener);
    }
    EnrollmentTable enrollmentTable = enrollmentLoader.build();

    NoteRequestTable requestTable = null;
    if (requests != null) {
      NoteRequestsFormat.Loader requestLoader = new NoteRequestsFormat.Loader();
      requests.forEachRow(requestLoader, listener);
      requestTable = requestLoader.build();
    }
    return new ScoringInput(
        participants, noteTable, ratingTable, historyTable, enrollmentTable, requestTable);
  }

  public static ScoringInput read(InputPaths paths) {
    return read(paths, ProgressListener.NONE);
  }

  private static TableSource prepareOptional(
      TableSchema schema, Path path, HeaderMode mode, List<String> problems) {
    return path == null ? null : TableSource.prepare(schema, path, mode, problems);
  }
}
