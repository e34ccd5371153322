package org.bridgewatch.server.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.server.notes.StatusHistoryRepository;
import org.bridgewatch.server.operator.ServerSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams one public table from the database to a {@link RowWriter}: rows are fetched with a
 * cursor (fetch size, inside a read-only transaction so PostgreSQL streams) and written as they
 * come, so no table is held in memory.
 *
 * <p>One view, two cutoffs: the public export shows rows created at or before now minus the export
 * delay; a scoring run's snapshot ({@link #exportAll}) is the same view at the run's epoch, with no
 * delay. Since both go through these queries, a re-scorer of an export that covers a run's cutoff
 * reads exactly the rows that run scored.
 */
@Service
public class ExportService {
  private static final int FETCH_SIZE = 1000;

  /** The exportable tables, by their public file names. */
  public enum Table {
    notes, ratings, noteStatusHistory, userEnrollment, noteRequests;

    public static Optional<Table> named(String name) {
      for (Table t : values()) {
        if (t.name().equals(name)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final Clock clock;
  private final TransactionTemplate snapshot;
  private final ServerSettings settings;
  private final ObjectMapper json;

  public ExportService(DataSource dataSource, PlatformTransactionManager tx, Clock clock,
      ServerSettings settings, ObjectMapper json) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.readOnly = new TransactionTemplate(tx);
    this.readOnly.setReadOnly(true);
    // All five tables of a snapshot must agree (no rating of a note the notes query missed).
    this.snapshot = new TransactionTemplate(tx);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.clock = clock;
    this.settings = settings;
    this.json = json;
  }

  /** Rows created at or before this time are public. */
  public long cutoffMillis() {
    return clock.millis() - settings.exportDelay().toMillis();
  }

  public void export(Table table, RowWriter out) {
    long cutoff = cutoffMillis();
    readOnly.executeWithoutResult(status -> write(table, out, cutoff));
  }

  /**
   * Every table as of {@code cutoffMillis}, in one repeatable-read transaction: the scoring
   * snapshot. {@code writers} opens each table's writer; each is closed after its table.
   */
  public void exportAll(long cutoffMillis, java.util.function.Function<Table, RowWriter> writers) {
    snapshot.executeWithoutResult(status -> {
      for (Table table : Table.values()) {
        write(table, writers.apply(table), cutoffMillis);
      }
    });
  }

  private void write(Table table, RowWriter out, long cutoff) {
    MapSqlParameterSource params = new MapSqlParameterSource("cutoff", cutoff);
    try {
      switch (table) {
        case notes -> notes(params, out);
        case ratings -> ratings(params, out);
        case noteStatusHistory -> statusHistory(params, out);
        case userEnrollment -> enrollment(params, out);
        case noteRequests -> noteRequests(params, out);
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void export(Table table, OutputStream out, RowWriterFactory writers) {
    export(table, writers.open(out));
  }

  private void notes(MapSqlParameterSource params, RowWriter out) throws IOException {
    out.header(PublicColumns.NOTES);
    int columns = PublicColumns.NOTES.size();
    jdbc.query("""
        SELECT n.note_id, c.participant_id, n.created_at_millis, n.tweet_id, n.classification,
          n.believable, n.harmful, n.validation_difficulty,
          n.misleading_other, n.misleading_factual_error, n.misleading_manipulated_media,
          n.misleading_outdated_information, n.misleading_missing_important_context,
          n.misleading_unverified_claim_as_fact, n.misleading_satire,
          n.not_misleading_other, n.not_misleading_factually_correct,
          n.not_misleading_outdated_but_not_when_written, n.not_misleading_clearly_satire,
          n.not_misleading_personal_opinion, n.trustworthy_sources, n.summary, n.is_media_note,
          n.is_collaborative_note
        FROM notes n JOIN contributors c ON c.id = n.author_id
        WHERE n.deleted = FALSE AND n.created_at_millis <= :cutoff
        ORDER BY n.note_id
        """, params, (RowCallbackHandler) rs -> write(out, cells(rs, columns)));
  }

  private void ratings(MapSqlParameterSource params, RowWriter out) throws IOException {
    out.header(PublicColumns.RATINGS);
    RatingTag[] tags = RatingTag.values();
    jdbc.query("""
        SELECT r.note_id, c.participant_id, r.created_at_millis, r.version, r.agree, r.disagree,
          r.helpful, r.not_helpful, r.helpfulness_level, r.tags, r.rated_on_tweet_id,
          r.rating_source_bucketed, r.suggestion, r.suggestion_id
        FROM ratings r
        JOIN contributors c ON c.id = r.rater_id
        JOIN notes n ON n.note_id = r.note_id
        WHERE n.deleted = FALSE AND r.created_at_millis <= :cutoff AND n.created_at_millis <= :cutoff
        ORDER BY r.note_id, r.id
        """, params, (RowCallbackHandler) rs -> {
          String[] row = new String[PublicColumns.RATINGS.size()];
          for (int i = 0; i < 9; i++) {
            row[i] = rs.getString(i + 1);
          }
          int bits = rs.getInt("tags");
          for (int t = 0; t < tags.length; t++) {
            row[9 + t] = tags[t].isSet(bits) ? "1" : "0";
          }
          int next = 9 + tags.length;
          row[next] = rs.getString("rated_on_tweet_id");
          row[next + 1] = rs.getString("rating_source_bucketed");
          row[next + 2] = rs.getString("suggestion");
          row[next + 3] = rs.getString("suggestion_id");
          write(out, row);
        });
  }

  private void statusHistory(MapSqlParameterSource params, RowWriter out) throws IOException {
    out.header(PublicColumns.NOTE_STATUS_HISTORY);
    int columns = PublicColumns.NOTE_STATUS_HISTORY.size();
    // Every note has a row, as in X's data: one not yet scored gets its id, author and creation
    // time and nothing else. The engine scores only ratings of notes with a history row, so a note
    // without one would be left out of a run yet scored by a re-scorer of a later export. Author
    // and creation time come from the note itself (the engine refuses a history that disagrees).
    jdbc.query("SELECT n.note_id, c.participant_id, n.created_at_millis,\n"
        + StatusHistoryRepository.STATUS_COLUMNS
        + """
        FROM notes n
        JOIN contributors c ON c.id = n.author_id
        LEFT JOIN note_status_history h ON h.note_id = n.note_id
        WHERE n.deleted = FALSE AND n.created_at_millis <= :cutoff
        ORDER BY n.note_id
        """, params, (RowCallbackHandler) rs -> write(out, cells(rs, columns)));
  }

  private void enrollment(MapSqlParameterSource params, RowWriter out) throws IOException {
    out.header(PublicColumns.USER_ENROLLMENT);
    int columns = PublicColumns.USER_ENROLLMENT.size();
    jdbc.query("""
        SELECT participant_id, enrollment_state, successful_rating_needed_to_earn_in,
          timestamp_of_last_state_change, timestamp_of_last_earn_out, modeling_population,
          modeling_group, number_of_times_earned_out
        FROM contributors WHERE created_at_millis <= :cutoff
        ORDER BY id
        """, params, (RowCallbackHandler) rs -> write(out, cells(rs, columns)));
  }

  /** Requests arrive ordered by post, and each post's arrays are built as its rows stream past. */
  private void noteRequests(MapSqlParameterSource params, RowWriter out) throws IOException {
    out.header(PublicColumns.NOTE_REQUESTS);
    RequestGroup group = new RequestGroup();
    jdbc.query("""
        SELECT q.tweet_id, q.source_link, q.suggestion, q.suggestion_id,
          f.note_request_feed_eligible_timestamp, f.api_small_feed_eligible_timestamp,
          f.api_large_feed_eligible_timestamp, f.api_xl_feed_eligible_timestamp
        FROM note_requests q
        JOIN posts p ON p.id = q.tweet_id
        LEFT JOIN note_request_feeds f ON f.tweet_id = q.tweet_id
        WHERE q.created_at_millis <= :cutoff
        ORDER BY q.tweet_id, q.id
        """, params, (RowCallbackHandler) rs -> {
          String tweetId = rs.getString(1);
          if (!tweetId.equals(group.tweetId)) {
            flush(group, out);
            group.start(tweetId, rs);
          }
          group.add(rs.getString(2), rs.getString(3), rs.getString(4));
        });
    flush(group, out);
  }

  private void flush(RequestGroup group, RowWriter out) {
    if (group.tweetId == null) {
      return;
    }
    try {
      String[] row = new String[7];
      row[0] = group.tweetId;
      row[1] = json.writeValueAsString(group.sourceLinks);
      row[2] = json.writeValueAsString(group.suggestions);
      System.arraycopy(group.feedTimestamps, 0, row, 3, 4);
      out.row(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of one post's requests, collected while streaming. */
  private static final class RequestGroup {
    String tweetId;
    final List<String> sourceLinks = new ArrayList<>();
    final List<Map<String, String>> suggestions = new ArrayList<>();
    final String[] feedTimestamps = new String[4];

    void start(String tweetId, ResultSet rs) throws SQLException {
      this.tweetId = tweetId;
      sourceLinks.clear();
      suggestions.clear();
      for (int i = 0; i < 4; i++) {
        String value = rs.getString(5 + i);
        feedTimestamps[i] = value == null ? "-1" : value; // -1: never on this feed
      }
    }

    void add(String sourceLink, String suggestion, String suggestionId) {
      if (sourceLink != null) {
        sourceLinks.add(sourceLink);
      }
      if (suggestion != null) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("suggestion_id", suggestionId == null ? "" : suggestionId);
        s.put("suggestion", suggestion);
        s.put("source_link", sourceLink == null ? "" : sourceLink);
        suggestions.add(s);
      }
    }
  }

  private static String[] cells(ResultSet rs, int columns) throws SQLException {
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = rs.getString(i + 1);
    }
    return row;
  }

  private static void write(RowWriter out, String[] row) {
    try {
      out.row(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
