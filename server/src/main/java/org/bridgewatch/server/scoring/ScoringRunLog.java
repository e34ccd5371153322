package org.bridgewatch.server.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code scoring_runs} record. Each call commits on its own (REQUIRES_NEW), so a run's row
 * survives the rollback of a failed write-back.
 */
@Repository
public class ScoringRunLog {
  private static final String SELECT = """
      SELECT id, trigger_kind, started_at_millis, finished_at_millis, outcome, epoch_millis, seed,
        snapshot_cutoff_millis, engine_version, input_notes, input_ratings, input_contributors,
        input_status_rows, input_note_requests, input_hash, notes_changed, error_message
      FROM scoring_runs
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  public ScoringRunLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What a run read: row counts and a hash of the snapshot. */
  public record Inputs(long notes, long ratings, long contributors, long statusRows, long noteRequests,
      String hash) {

    public Inputs(long notes, long ratings, long contributors, long statusRows, String hash) {
      this(notes, ratings, contributors, statusRows, 0, hash);
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public long started(ScoringRun.Trigger trigger, Long operatorId, String engineVersion) {
    long now = clock.millis();
    return started(trigger, operatorId, engineVersion, now, 0);
  }

  /** A RUNNING row; the snapshot holds rows created at or before {@code epochMillis}. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public long started(ScoringRun.Trigger trigger, Long operatorId, String engineVersion, long epochMillis,
      long seed) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO scoring_runs (trigger_kind, triggered_by, started_at_millis, outcome, engine_version,
              epoch_millis, seed, snapshot_cutoff_millis)
            VALUES (:trigger, :by, :now, :outcome, :engine, :epoch, :seed, :epoch)
            """)
        .param("trigger", trigger.name())
        .param("by", operatorId)
        .param("now", clock.millis())
        .param("outcome", ScoringRun.Outcome.RUNNING.name())
        .param("engine", engineVersion)
        .param("epoch", epochMillis)
        .param("seed", seed)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** Marks runs left RUNNING by a process that died; call only while holding the job lock. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int abandonRunningExcept(long runId) {
    return jdbc.sql("""
            UPDATE scoring_runs SET outcome = :failed, finished_at_millis = :now,
              error_message = 'abandoned: the process running it ended before it finished'
            WHERE outcome = :running AND id <> :id
            """)
        .param("failed", ScoringRun.Outcome.FAILED.name())
        .param("now", clock.millis())
        .param("running", ScoringRun.Outcome.RUNNING.name())
        .param("id", runId)
        .update();
  }

  /** The newest run that succeeded. */
  public Optional<ScoringRun> latestSucceeded() {
    return jdbc.sql(SELECT + " WHERE outcome = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")
        .query(ScoringRunLog::map)
        .optional();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void inputs(long runId, Inputs in) {
    jdbc.sql("""
            UPDATE scoring_runs SET input_notes = :notes, input_ratings = :ratings,
              input_contributors = :contributors, input_status_rows = :statusRows,
              input_note_requests = :requests, input_hash = :hash
            WHERE id = :id
            """)
        .param("notes", in.notes())
        .param("ratings", in.ratings())
        .param("contributors", in.contributors())
        .param("statusRows", in.statusRows())
        .param("requests", in.noteRequests())
        .param("hash", in.hash())
        .param("id", runId)
        .update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void finished(long runId, ScoringRun.Outcome outcome, Long notesChanged, String error) {
    jdbc.sql("""
            UPDATE scoring_runs SET finished_at_millis = :now, outcome = :outcome,
              notes_changed = :changed, error_message = :error
            WHERE id = :id
            """)
        .param("now", clock.millis())
        .param("outcome", outcome.name())
        .param("changed", notesChanged)
        .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 4000)))
        .param("id", runId)
        .update();
  }

  public List<ScoringRun> recent(int limit) {
    return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(ScoringRunLog::map)
        .list();
  }

  public Optional<ScoringRun> find(long runId) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", runId)
        .query(ScoringRunLog::map)
        .optional();
  }

  private static ScoringRun map(ResultSet rs, int row) throws SQLException {
    return new ScoringRun(
        rs.getLong("id"),
        ScoringRun.Trigger.valueOf(rs.getString("trigger_kind")),
        rs.getLong("started_at_millis"),
        rs.getObject("finished_at_millis", Long.class),
        ScoringRun.Outcome.valueOf(rs.getString("outcome")),
        rs.getObject("epoch_millis", Long.class),
        rs.getObject("seed", Long.class),
        rs.getObject("snapshot_cutoff_millis", Long.class),
        rs.getString("engine_version"),
        rs.getObject("input_notes", Long.class),
        rs.getObject("input_ratings", Long.class),
        rs.getObject("input_contributors", Long.class),
        rs.getObject("input_status_rows", Long.class),
        rs.getObject("input_note_requests", Long.class),
        rs.getString("input_hash"),
        rs.getObject("notes_changed", Long.class),
        rs.getString("error_message"),
        null);
  }
}
