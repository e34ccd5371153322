package org.bridgewatch.server.scoring;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.contributors.ContributorScores;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.MfScorerOutput;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.server.notes.StatusReasons;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one run's results into the database: status history, a status change row for every note
 * whose status changed (with its plain-language reason), note scores, contributor impacts, rater
 * parameters and enrollment. Must run inside the caller's transaction (MANDATORY), so the whole
 * write-back commits or rolls back as one.
 */
@Component
public class ScoringWriteBack {
  private static final String HISTORY_COLUMNS = """
      note_id, note_author_participant_id, created_at_millis,
      timestamp_millis_of_first_non_nmr_status, first_non_nmr_status,
      timestamp_millis_of_current_status, current_status,
      timestamp_millis_of_latest_non_nmr_status, most_recent_non_nmr_status,
      timestamp_millis_of_status_lock, locked_status, timestamp_millis_of_retro_lock,
      current_core_status, current_expansion_status, current_group_status,
      current_decided_by, current_modeling_group,
      timestamp_millis_of_most_recent_status_change,
      timestamp_millis_of_nmr_due_to_min_stable_crh_time, current_multi_group_status,
      current_modeling_multi_group, timestamp_minute_of_final_scoring_output,
      timestamp_millis_of_first_nmr_due_to_min_stable_crh_time, above_pcrh_threshold_time
      """;

  private final NamedParameterJdbcTemplate jdbc;

  public ScoringWriteBack(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes everything; returns how many notes' current status changed. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long write(long runId, long epochMillis, ScoringResult result) {
    List<SqlParameterSource> changes = new ArrayList<>();
    history(result.newHistory(), result.input().statusHistory(), result.input().participants(),
        (i, was) -> changes.add(change(runId, epochMillis, result.newHistory(), i, was)));
    jdbc.batchUpdate("""
        INSERT INTO note_status_changes (note_id, scoring_run_id, changed_at_millis, old_status, new_status,
          decided_by, reason)
        VALUES (:note, :run, :at, :old, :new, :decidedBy, :reason)
        """, changes.toArray(SqlParameterSource[]::new));
    noteScores(runId, result.meta(), result.core());
    contributors(result.contributors(), result.core(), result.input().participants());
    return changes.size();
  }

  /** Called for row {@code row} of the new history whose current status differs from {@code was}. */
  private interface ChangeSink {
    void changed(int row, byte was);
  }

  /** A note_status_changes row: what the status was and became, who decided, and why in plain words. */
  private static SqlParameterSource change(long runId, long epochMillis, StatusHistoryTable h, int i, byte was) {
    String from = status(was == Nulls.NO_CODE ? NoteStatus.NEEDS_MORE_RATINGS.code() : was);
    String to = status(h.currentStatus[i]);
    String decidedBy = h.currentDecidedBy[i];
    String reason = StatusReasons.explainChange(from, to, decidedBy);
    return new MapSqlParameterSource()
        .addValue("note", h.noteId[i])
        .addValue("run", runId)
        .addValue("at", epochMillis)
        .addValue("old", from)
        .addValue("new", to)
        .addValue("decidedBy", decidedBy == null || decidedBy.isEmpty() ? null
            : decidedBy.substring(0, Math.min(decidedBy.length(), 100)), Types.VARCHAR)
        .addValue("reason", reason.substring(0, Math.min(reason.length(), 1000)));
  }

  private void history(StatusHistoryTable h, StatusHistoryTable before, ParticipantIndex participants,
      ChangeSink changes) {
    List<SqlParameterSource> deletes = new ArrayList<>();
    List<SqlParameterSource> rows = new ArrayList<>();
    java.util.Map<Long, Byte> previous = new java.util.HashMap<>();
    for (int i = 0; i < before.size; i++) {
      previous.put(before.noteId[i], before.currentStatus[i]);
    }
    for (int i = 0; i < h.size; i++) {
      if (h.note[i] < 0) {
        continue; // not in this snapshot: its row stays as it is
      }
      byte was = previous.getOrDefault(h.noteId[i], NoteStatus.NEEDS_MORE_RATINGS.code());
      if (was != h.currentStatus[i] && h.currentStatus[i] != Nulls.NO_CODE && !(was == Nulls.NO_CODE
          && h.currentStatus[i] == NoteStatus.NEEDS_MORE_RATINGS.code())) {
        changes.changed(i, was);
      }
      deletes.add(new MapSqlParameterSource("id", h.noteId[i]));
      MapSqlParameterSource p = new MapSqlParameterSource()
          .addValue("c0", h.noteId[i])
          .addValue("c1", h.author[i] < 0 ? "" : participants.id(h.author[i]));
      long[][] times = {h.createdAtMillis, h.timestampMillisOfFirstNonNMRStatus, null,
          h.timestampMillisOfCurrentStatus, null, h.timestampMillisOfLatestNonNMRStatus, null,
          h.timestampMillisOfStatusLock, null, h.timestampMillisOfRetroLock};
      byte[][] statuses = {null, null, h.firstNonNMRStatus, null, h.currentStatus, null,
          h.mostRecentNonNMRStatus, null, h.lockedStatus, null};
      for (int c = 0; c < times.length; c++) {
        if (times[c] != null) {
          p.addValue("c" + (c + 2), time(times[c][i]), Types.BIGINT);
        } else {
          p.addValue("c" + (c + 2), status(statuses[c][i]), Types.VARCHAR);
        }
      }
      p.addValue("c12", status(h.currentCoreStatus[i]), Types.VARCHAR)
          .addValue("c13", status(h.currentExpansionStatus[i]), Types.VARCHAR)
          .addValue("c14", status(h.currentGroupStatus[i]), Types.VARCHAR)
          .addValue("c15", h.currentDecidedBy[i], Types.VARCHAR)
          .addValue("c16", group(h.currentModelingGroup[i]), Types.INTEGER)
          .addValue("c17", time(h.timestampMillisOfMostRecentStatusChange[i]), Types.BIGINT)
          .addValue("c18", time(h.timestampMillisOfNmrDueToMinStableCrhTime[i]), Types.BIGINT)
          .addValue("c19", status(h.currentMultiGroupStatus[i]), Types.VARCHAR)
          .addValue("c20", group(h.currentModelingMultiGroup[i]), Types.INTEGER)
          .addValue("c21", time(h.timestampMinuteOfFinalScoringOutput[i]), Types.BIGINT)
          .addValue("c22", time(h.timestampMillisOfFirstNmrDueToMinStableCrhTime[i]), Types.BIGINT)
          .addValue("c23", time(h.abovePcrhThresholdTime[i]), Types.BIGINT);
      rows.add(p);
    }
    jdbc.batchUpdate("DELETE FROM note_status_history WHERE note_id = :id", deletes.toArray(SqlParameterSource[]::new));
    StringBuilder values = new StringBuilder();
    for (int c = 0; c < 24; c++) {
      values.append(c == 0 ? ":c" : ", :c").append(c);
    }
    jdbc.batchUpdate("INSERT INTO note_status_history (" + HISTORY_COLUMNS + ") VALUES (" + values + ")",
        rows.toArray(SqlParameterSource[]::new));
  }

  private void noteScores(long runId, MetaScoringResult meta, MfScorerOutput core) {
    List<SqlParameterSource> deletes = new ArrayList<>();
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int i = 0; i < meta.size; i++) {
      int note = meta.history.note[i];
      if (note < 0) {
        continue;
      }
      deletes.add(new MapSqlParameterSource("id", meta.history.noteId[i]));
      String rules = meta.metaScorerActiveRules[i];
      rows.add(new MapSqlParameterSource()
          .addValue("id", meta.history.noteId[i])
          .addValue("run", runId)
          .addValue("status", status(meta.finalRatingStatus[i]), Types.VARCHAR)
          .addValue("intercept", core == null ? null : real(core.noteIntercept()[note]), Types.DOUBLE)
          .addValue("factor", core == null ? null : real(core.noteFactor()[note]), Types.DOUBLE)
          .addValue("decidedBy", meta.decidedBy[i], Types.VARCHAR)
          .addValue("first", MetaScoringResult.tagName(meta.firstTag[i]), Types.VARCHAR)
          .addValue("second", MetaScoringResult.tagName(meta.secondTag[i]), Types.VARCHAR)
          .addValue("rules", rules == null ? null : rules.substring(0, Math.min(rules.length(), 1000)),
              Types.VARCHAR));
    }
    jdbc.batchUpdate("DELETE FROM note_scores WHERE note_id = :id", deletes.toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate("""
        INSERT INTO note_scores (note_id, scoring_run_id, final_status, core_intercept, core_factor,
          decided_by, first_tag, second_tag, active_rules)
        VALUES (:id, :run, :status, :intercept, :factor, :decidedBy, :first, :second, :rules)
        """, rows.toArray(SqlParameterSource[]::new));
  }

  /**
   * Impacts and enrollment of every contributor the run scored. Rating Impact is the engine's
   * (successful minus unsuccessful ratings); Writing Impact is notes currently rated helpful minus
   * notes currently rated not helpful. A value the engine left empty keeps the stored one.
   */
  private void contributors(ContributorScores s, MfScorerOutput core, ParticipantIndex participants) {
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int p = 0; p < s.size; p++) {
      if (!s.present[p]) {
        continue;
      }
      EnrollmentState state = byOutputCode(s.enrollmentState[p]);
      rows.add(new MapSqlParameterSource()
          .addValue("pid", participants.id(p))
          .addValue("ratingImpact", (int) Math.round(zeroIfNaN(s.ratingImpact[p])))
          .addValue("writingImpact", (int) Math.round(
              zeroIfNaN(s.notesCurrentlyRatedHelpful[p]) - zeroIfNaN(s.notesCurrentlyRatedNotHelpful[p])))
          .addValue("state", state == null ? null : state.tsv, Types.VARCHAR)
          .addValue("needed", group(s.successfulRatingNeededToEarnIn[p]), Types.INTEGER)
          .addValue("changed", time(s.timestampOfLastStateChange[p]), Types.BIGINT)
          .addValue("earnOut", time(s.timestampOfLastEarnOut[p]), Types.BIGINT)
          .addValue("times", group(s.numberOfTimesEarnedOut[p]), Types.INTEGER)
          .addValue("raterIntercept", core == null || p >= core.raterIntercept().length
              ? null : real(core.raterIntercept()[p]), Types.DOUBLE)
          .addValue("raterFactor", core == null || p >= core.raterFactor().length
              ? null : real(core.raterFactor()[p]), Types.DOUBLE));
    }
    jdbc.batchUpdate("""
        UPDATE contributors SET rating_impact = :ratingImpact, writing_impact = :writingImpact,
          enrollment_state = COALESCE(:state, enrollment_state),
          successful_rating_needed_to_earn_in = COALESCE(:needed, successful_rating_needed_to_earn_in),
          timestamp_of_last_state_change = COALESCE(:changed, timestamp_of_last_state_change),
          timestamp_of_last_earn_out = COALESCE(:earnOut, timestamp_of_last_earn_out),
          number_of_times_earned_out = COALESCE(:times, number_of_times_earned_out),
          core_rater_intercept = :raterIntercept, core_rater_factor = :raterFactor
        WHERE participant_id = :pid
        """, rows.toArray(SqlParameterSource[]::new));
  }

  private static EnrollmentState byOutputCode(int code) {
    for (EnrollmentState s : EnrollmentState.values()) {
      if (s.outputCode == code) {
        return s;
      }
    }
    return null;
  }

  private static Long time(long t) {
    return t == Nulls.NO_TIME ? null : t;
  }

  private static Integer group(int g) {
    return g == Nulls.NO_INT ? null : g;
  }

  private static String status(byte code) {
    NoteStatus s = NoteStatus.ofCode(code);
    return s == null ? null : s.name();
  }

  private static Double real(float v) {
    return Float.isNaN(v) ? null : (double) v;
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
