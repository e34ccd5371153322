package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.nio.file.Path;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.NoteRequestTable;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/**
 * Writes the five public formats, every documented column present, in the reference's column order;
 * {@link PublicDataReader} reads them back into equal tables. The per-table methods return {@link
 * OutputTable}s for callers that stream elsewhere (e.g. a server's export).
 */
public final class PublicDataWriter {
  private PublicDataWriter() {}

  /**
   * Writes {@code notes-00000.tsv}, {@code ratings-00000.tsv}, {@code noteStatusHistory-00000.tsv},
   * {@code userEnrollment-00000.tsv} and, when present, {@code noteRequests-00000.tsv} into {@code
   * dir} (created if needed).
   */
  public static void write(ScoringInput input, Path dir) throws IOException {
    ParticipantIndex p = input.participants();
    TsvTableWriter.write(notes(input.notes(), p), dir.resolve("notes-00000.tsv"));
    TsvTableWriter.write(ratings(input.ratings(), p), dir.resolve("ratings-00000.tsv"));
    TsvTableWriter.write(
        statusHistory(input.statusHistory(), p), dir.resolve("noteStatusHistory-00000.tsv"));
    TsvTableWriter.write(
        enrollment(input.enrollment(), p), dir.resolve("userEnrollment-00000.tsv"));
    if (input.noteRequests() != null) {
      TsvTableWriter.write(
          noteRequests(input.noteRequests()), dir.resolve("noteRequests-00000.tsv"));
    }
  }

  public static OutputTable notes(NoteTable notes, ParticipantIndex participants) {
    return NotesFormat.toOutput(notes, participants);
  }

  public static OutputTable ratings(RatingTable ratings, ParticipantIndex participants) {
    return RatingsFormat.toOutput(ratings, participants);
  }

  /** The public layout: integer timestamps, empty for none. */
  public static OutputTable statusHistory(StatusHistoryTable h, ParticipantIndex participants) {
    return StatusHistoryFormat.toOutput(h, participants, false);
  }

  /**
   * The reference's {@code note_status_history.tsv} layout: same columns, but nullable numbers as
   * pandas float64 ("1793494800000.0", "14.0").
   */
  public static OutputTable statusHistoryAsReferenceOutput(
      StatusHistoryTable h, ParticipantIndex participants) {
    return StatusHistoryFormat.toOutput(h, participants, true);
  }

  public static OutputTable enrollment(EnrollmentTable e, ParticipantIndex participants) {
    return EnrollmentFormat.toOutput(e, participants);
  }

  public static OutputTable noteRequests(NoteRequestTable requests) {
    return NoteRequestsFormat.toOutput(requests);
  }
}
