package org.bridgewatch.scoring.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgewatch.scoring.io.OutputColumns;
import org.bridgewatch.scoring.io.PublicDataWriter;
import org.bridgewatch.scoring.io.TsvTableWriter;
import org.bridgewatch.scoring.pipeline.ScoringResult;

/** Writes the four output files of a run into a directory, as the reference names them. */
public final class ScoringOutputWriter {
  private ScoringOutputWriter() {}

  public static void write(ScoringResult result, Path dir, boolean headers) throws IOException {
    write(result, dir, headers, 1);
  }

  /** As {@link #write(ScoringResult, Path, boolean)}, formatting on {@code threads} threads. */
  public static void write(ScoringResult result, Path dir, boolean headers, int threads)
      throws IOException {
    Files.createDirectories(dir);
    TsvTableWriter.write(
        ScoredNotesTable.build(result), dir.resolve(OutputColumns.SCORED_NOTES_FILE), headers,
        threads);
    TsvTableWriter.write(
        HelpfulnessScoresTable.build(result),
        dir.resolve(OutputColumns.HELPFULNESS_SCORES_FILE),
        headers,
        threads);
    TsvTableWriter.write(
        PublicDataWriter.statusHistoryAsReferenceOutput(
                result.newHistory(), result.input().participants())
            .select(OutputColumns.NOTE_STATUS_HISTORY),
        dir.resolve(OutputColumns.NOTE_STATUS_HISTORY_FILE),
        headers,
        threads);
    TsvTableWriter.write(
        AuxNoteInfoTable.build(result), dir.resolve(OutputColumns.AUX_NOTE_INFO_FILE), headers,
        threads);
  }
}
