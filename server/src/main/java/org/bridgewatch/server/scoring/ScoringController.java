package org.bridgewatch.server.scoring;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.server.export.ExportService;
import org.bridgewatch.server.notes.NoteRepository;
import org.bridgewatch.server.operator.DisplayPolicy;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public reads of scoring results: a note's scores and how to reproduce the latest run. */
@RestController
public class ScoringController {
  private final JdbcClient jdbc;
  private final NoteRepository notes;
  private final ScoringRunLog runs;
  private final ExportService export;
  private final DisplayPolicy display;

  public ScoringController(JdbcClient jdbc, NoteRepository notes, ScoringRunLog runs, ExportService export,
      DisplayPolicy display) {
    this.jdbc = jdbc;
    this.notes = notes;
    this.runs = runs;
    this.export = export;
    this.display = display;
  }

  /**
   * How to re-score the public export and get the statuses the server shows: the latest successful
   * run's {@code --epoch-millis} and {@code --seed}. {@code exportCoversRun} is true when the export
   * (rows up to {@code exportCutoffMillis}) holds every row the run scored; with an export delay
   * that is longer than the time since the run, it does not yet.
   */
  public record Reproduce(long runId, long epochMillis, long seed, long snapshotCutoffMillis, String inputHash,
      String engineVersion, long exportCutoffMillis, boolean exportCoversRun, String command) {}

  @Operation(summary = "The latest successful scoring run: epoch millis and seed to re-score the export with")
  @GetMapping("/api/v1/scoring/latest")
  public Reproduce latest() {
    ScoringRun run = runs.latestSucceeded().orElseThrow(() -> RuleViolation.notFound("Scoring run", "latest"));
    long exportCutoff = export.cutoffMillis();
    String command = "bridgewatch export DIR && bridgewatch score --notes DIR/notes-00000.tsv"
        + " --ratings DIR/ratings-00000.tsv --status DIR/noteStatusHistory-00000.tsv"
        + " --enrollment DIR/userEnrollment-00000.tsv --outdir DIR/scored"
        + " --epoch-millis " + run.epochMillis() + " --seed " + run.seed();
    return new Reproduce(run.id(), run.epochMillis(), run.seed(), run.snapshotCutoffMillis(), run.inputHash(),
        run.engineVersion(), exportCutoff, exportCutoff >= run.snapshotCutoffMillis(), command);
  }

  @Operation(summary = "A note's latest scores: status, deciding rule, core intercept/factor, explanation tags")
  @GetMapping("/api/v1/notes/{noteId}/score")
  public NoteScore score(@PathVariable long noteId) {
    notes.find(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    Contributor viewer = CurrentContributor.orNull();
    if (display.hidesStatusFrom(viewer)) {
      return new NoteScore(Long.toString(noteId), DisplayPolicy.HIDDEN_STATUS, null, null, null, List.of(), null);
    }
    return jdbc.sql("""
            SELECT final_status, decided_by, core_intercept, core_factor, first_tag, second_tag, scoring_run_id
            FROM note_scores WHERE note_id = :id
            """)
        .param("id", noteId)
        .query((rs, i) -> {
          List<String> tags = new ArrayList<>(2);
          for (String column : List.of("first_tag", "second_tag")) {
            String tag = rs.getString(column);
            if (tag != null) {
              tags.add(tag);
            }
          }
          return new NoteScore(Long.toString(noteId), rs.getString("final_status"), rs.getString("decided_by"),
              rs.getObject("core_intercept", Double.class), rs.getObject("core_factor", Double.class), tags,
              rs.getLong("scoring_run_id"));
        })
        .optional()
        .orElseGet(() -> new NoteScore(Long.toString(noteId), DisplayPolicy.HIDDEN_STATUS, null, null, null,
            List.of(), null));
  }
}
