package org.bridgewatch.server.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries the pages need beyond the API's reads: note cards with per-side rating counts,
 * ratings with their raters' viewpoint factors, note scores, counts. Writes never happen here:
 * every write goes through the services that hold the rules.
 */
@Repository
public class WebReads {
  /** A note card's columns; the side counts split ratings by the rater's core factor sign. */
  private static final String CARD = """
      SELECT n.note_id, n.tweet_id, p.author_handle, p.text, n.summary,
        COALESCE(h.current_status, 'NEEDS_MORE_RATINGS') AS status, n.classification, n.created_at_millis,
        (SELECT COUNT(*) FROM ratings r WHERE r.note_id = n.note_id) AS ratings,
        (SELECT COUNT(*) FROM ratings r JOIN contributors c ON c.id = r.rater_id
          WHERE r.note_id = n.note_id AND c.core_rater_factor < 0) AS left_ratings,
        (SELECT COUNT(*) FROM ratings r JOIN contributors c ON c.id = r.rater_id
          WHERE r.note_id = n.note_id AND c.core_rater_factor > 0) AS right_ratings,
        s.core_intercept AS intercept
      FROM notes n
      JOIN posts p ON p.id = n.tweet_id
      LEFT JOIN note_status_history h ON h.note_id = n.note_id
      LEFT JOIN note_scores s ON s.note_id = n.note_id
      """;

  private final JdbcClient jdbc;

  public WebReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Unscored or needs-help notes this contributor may rate: not their own, not yet rated by them. */
  public List<NoteCard> rateableBy(long contributorId, int candidates) {
    return jdbc.sql(CARD + """
             WHERE n.deleted = FALSE AND n.author_id <> :me
              AND NOT EXISTS (SELECT 1 FROM ratings m WHERE m.note_id = n.note_id AND m.rater_id = :me)
              AND COALESCE(h.current_status, 'NEEDS_MORE_RATINGS') IN ('NEEDS_MORE_RATINGS', 'NEEDS_YOUR_HELP')
            ORDER BY n.note_id DESC LIMIT :limit
            """)
        .param("me", contributorId)
        .param("limit", candidates)
        .query(WebReads::card)
        .list();
  }

  public List<NoteCard> newest(int limit) {
    return jdbc.sql(CARD + " WHERE n.deleted = FALSE ORDER BY n.note_id DESC LIMIT :limit")
        .param("limit", limit)
        .query(WebReads::card)
        .list();
  }

  /** Rated-helpful notes, highest intercept first (unscored intercepts last). */
  public List<NoteCard> ratedHelpful(int limit) {
    return jdbc.sql(CARD + """
             WHERE n.deleted = FALSE AND h.current_status = 'CURRENTLY_RATED_HELPFUL'
            ORDER BY s.core_intercept DESC NULLS LAST, n.note_id DESC LIMIT :limit
            """)
        .param("limit", limit)
        .query(WebReads::card)
        .list();
  }

  public List<NoteCard> onPost(long postId) {
    return jdbc.sql(CARD + " WHERE n.deleted = FALSE AND n.tweet_id = :post ORDER BY n.note_id DESC")
        .param("post", postId)
        .query(WebReads::card)
        .list();
  }

  public List<NoteCard> byAuthor(long authorId, int limit) {
    return jdbc.sql(CARD + " WHERE n.deleted = FALSE AND n.author_id = :author ORDER BY n.note_id DESC LIMIT :limit")
        .param("author", authorId)
        .param("limit", limit)
        .query(WebReads::card)
        .list();
  }

  public Optional<NoteCard> card(long noteId) {
    return jdbc.sql(CARD + " WHERE n.deleted = FALSE AND n.note_id = :id")
        .param("id", noteId)
        .query(WebReads::card)
        .optional();
  }

  /** A post with requests for a note, and how many asked. */
  public record RequestedPost(String postId, String authorHandle, String text, long requests, long notes) {}

  public List<RequestedPost> requestedPosts(int limit) {
    return jdbc.sql("""
            SELECT p.id, p.author_handle, p.text, COUNT(*) AS requests,
              (SELECT COUNT(*) FROM notes n WHERE n.tweet_id = p.id AND n.deleted = FALSE) AS notes
            FROM note_requests q JOIN posts p ON p.id = q.tweet_id
            GROUP BY p.id, p.author_handle, p.text
            ORDER BY COUNT(*) DESC, p.id DESC LIMIT :limit
            """)
        .param("limit", limit)
        .query((rs, i) -> new RequestedPost(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
            rs.getLong(4), rs.getLong(5)))
        .list();
  }

  /** One rating of a note: its level, tag bits, and its rater's core factor (null: not placed yet). */
  public record RatingPoint(String level, int tags, Double raterFactor) {}

  public List<RatingPoint> ratingsOf(long noteId) {
    return jdbc.sql("""
            SELECT r.helpfulness_level, r.tags, c.core_rater_factor
            FROM ratings r JOIN contributors c ON c.id = r.rater_id
            WHERE r.note_id = :id ORDER BY r.id
            """)
        .param("id", noteId)
        .query((rs, i) -> new RatingPoint(rs.getString(1), rs.getInt(2), rs.getObject(3, Double.class)))
        .list();
  }

  /** The note's latest score from the model that decided its status. */
  public record NoteScore(Double intercept, Double factor, String decidedBy, long scoredAtMillis) {}

  public Optional<NoteScore> scoreOf(long noteId) {
    return jdbc.sql("""
            SELECT s.core_intercept, s.core_factor, s.decided_by, r.epoch_millis
            FROM note_scores s JOIN scoring_runs r ON r.id = s.scoring_run_id
            WHERE s.note_id = :id
            """)
        .param("id", noteId)
        .query((rs, i) -> new NoteScore(rs.getObject(1, Double.class), rs.getObject(2, Double.class),
            rs.getString(3), rs.getLong(4)))
        .optional();
  }

  public Optional<Double> raterFactor(long contributorId) {
    return jdbc.sql("SELECT core_rater_factor FROM contributors WHERE id = :id")
        .param("id", contributorId)
        .query((rs, i) -> Optional.ofNullable(rs.getObject(1, Double.class)))
        .optional()
        .flatMap(f -> f);
  }

  public Optional<Long> contributorIdByAlias(String alias) {
    return jdbc.sql("SELECT id FROM contributors WHERE alias = :alias").param("alias", alias).query(Long.class).optional();
  }

  /** Alias of a note's author, for the link from a note to its writer's profile. */
  public Optional<String> authorAlias(long noteId) {
    return jdbc.sql("SELECT c.alias FROM notes n JOIN contributors c ON c.id = n.author_id WHERE n.note_id = :id")
        .param("id", noteId)
        .query(String.class)
        .optional();
  }

  /** Row counts the operator console shows. */
  public record Counts(long contributors, long posts, long notes, long ratings, long requests) {}

  public Counts counts() {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM contributors), (SELECT COUNT(*) FROM posts),
              (SELECT COUNT(*) FROM notes WHERE deleted = FALSE), (SELECT COUNT(*) FROM ratings),
              (SELECT COUNT(*) FROM note_requests)
            """)
        .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .single();
  }

  private static NoteCard card(ResultSet rs, int row) throws SQLException {
    return new NoteCard(
        Long.toString(rs.getLong("note_id")),
        Long.toString(rs.getLong("tweet_id")),
        rs.getString("author_handle"),
        rs.getString("text"),
        rs.getString("summary"),
        rs.getString("status"),
        rs.getString("classification"),
        rs.getLong("created_at_millis"),
        rs.getInt("ratings"),
        rs.getInt("left_ratings"),
        rs.getInt("right_ratings"),
        rs.getObject("intercept", Double.class));
  }
}
