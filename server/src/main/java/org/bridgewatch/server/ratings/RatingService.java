package org.bridgewatch.server.ratings;

import java.time.Clock;
import java.util.Optional;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.server.contributors.ContributorRecord;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates notes. A contributor has at most one rating per note: rating again replaces the earlier
 * rating (level, tags, time), and the latest one is what scoring sees.
 */
@Service
public class RatingService {
  /** The public data's rating version for ratings with a helpfulness level. */
  static final int RATING_VERSION = 2;

  private final JdbcClient jdbc;
  private final Clock clock;

  public RatingService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The stored rating and whether this call created it (false: it replaced an earlier one). */
  public record Rated(Rating rating, boolean created) {}

  /** What the write rules need: the rater (row-locked) and the live note's author and post, if any. */
  private record RaterAndNote(String participantId, EnrollmentState state, Long authorId, Long postId) {}

  /**
   * One transaction of three statements for a first rating (read the rule inputs, insert,
   * commit); a changed rating adds an update and a read of the stored row.
   */
  @Transactional
  public Rated rate(long raterId, long noteId, RatingInput in) {
    RaterAndNote found = lockRaterAndFindNote(raterId, noteId);
    checkRules(raterId, noteId, found.state(), found.authorId(), found.postId());
    int tags = RatingTags.toBits(in.helpfulnessLevel(), in.tags());
    long now = clock.millis();
    // The common case, a first rating, is one statement; the unique (note, rater) key turns a
    // second rating into an update of the first.
    if (insertIfAbsent(raterId, noteId, found.postId(), in, tags, now)) {
      return created(noteId, found.participantId(), in, tags, now);
    }
    return replace(raterId, noteId, in, tags, now);
  }

  /** The write-time rules that need the database: the rater may rate, the note is live and not theirs. */
  static void checkRules(long raterId, long noteId, EnrollmentState state, Long authorId, Long postId) {
    if (!ContributorRecord.canRate(state)) {
      throw RuleViolation.forbidden("enrollment.canRate", "Removed contributors cannot rate.");
    }
    if (postId == null) {
      throw RuleViolation.notFound("Note", noteId);
    }
    if (authorId == raterId) {
      throw RuleViolation.forbidden("rating.ownNote", "You cannot rate your own note.");
    }
  }

  /** What a first rating answers, built from its input (no re-read). */
  static Rated created(long noteId, String participantId, RatingInput in, int tags, long now) {
    return new Rated(new Rating(Long.toString(noteId), participantId, now, in.helpfulnessLevel(),
        RatingTags.toNames(tags), RatingSource.DEFAULT.name(), in.suggestion(),
        in.suggestionId() == null ? null : in.suggestionId().toString()), true);
  }

  /** A rating again: the earlier row takes the new level, tags and time; inside the caller's transaction. */
  public Rated replace(long raterId, long noteId, RatingInput in, int tags, long now) {
    update(raterId, noteId, in, tags, now);
    return new Rated(find(raterId, noteId).orElseThrow(), false);
  }

  /**
   * Locks the rater's row until the transaction ends, which serializes one rater's writes (two
   * first ratings of the same note cannot race on either database), and reads the note in the
   * same round trip. The note row is not locked: raters of one note do not wait for each other.
   */
  private RaterAndNote lockRaterAndFindNote(long raterId, long noteId) {
    return jdbc.sql("""
            SELECT c.participant_id, c.enrollment_state,
              (SELECT n.author_id FROM notes n WHERE n.note_id = :note AND n.deleted = FALSE) AS author_id,
              (SELECT n.tweet_id FROM notes n WHERE n.note_id = :note AND n.deleted = FALSE) AS post_id
            FROM contributors c WHERE c.id = :rater FOR UPDATE
            """)
        .param("note", noteId)
        .param("rater", raterId)
        .query((rs, i) -> new RaterAndNote(rs.getString(1), EnrollmentState.parse(rs.getString(2)),
            rs.getObject(3, Long.class), rs.getObject(4, Long.class)))
        .single();
  }

  @Transactional(readOnly = true)
  public Optional<Rating> find(long raterId, long noteId) {
    return jdbc.sql("""
            SELECT r.note_id, c.participant_id, r.created_at_millis, r.helpfulness_level, r.tags,
              r.rating_source_bucketed, r.suggestion, r.suggestion_id
            FROM ratings r JOIN contributors c ON c.id = r.rater_id
            WHERE r.note_id = :note AND r.rater_id = :rater
            """)
        .param("note", noteId)
        .param("rater", raterId)
        .query((rs, i) -> {
          Long suggestionId = rs.getObject("suggestion_id", Long.class);
          return new Rating(
              Long.toString(rs.getLong("note_id")),
              rs.getString("participant_id"),
              rs.getLong("created_at_millis"),
              HelpfulnessLevel.valueOf(rs.getString("helpfulness_level")),
              RatingTags.toNames(rs.getInt("tags")),
              rs.getString("rating_source_bucketed"),
              rs.getString("suggestion"),
              suggestionId == null ? null : suggestionId.toString());
        })
        .optional();
  }

  private int update(long raterId, long noteId, RatingInput in, int tags, long now) {
    return jdbc.sql("""
            UPDATE ratings SET created_at_millis = :now, helpfulness_level = :level, tags = :tags,
              suggestion = :suggestion, suggestion_id = :suggestionId
            WHERE note_id = :note AND rater_id = :rater
            """)
        .param("now", now)
        .param("level", in.helpfulnessLevel().name())
        .param("tags", tags)
        .param("suggestion", in.suggestion())
        .param("suggestionId", in.suggestionId())
        .param("note", noteId)
        .param("rater", raterId)
        .update();
  }

  /** A first rating; nothing when the (note, rater) row exists. Named parameters as in {@link #insertIfAbsent}. */
  static final String INSERT_IF_ABSENT = """
      INSERT INTO ratings (note_id, rater_id, created_at_millis, first_created_at_millis, version,
        helpfulness_level, tags, rated_on_tweet_id, rating_source_bucketed, suggestion, suggestion_id)
      VALUES (:note, :rater, :now, :now, :version, :level, :tags, :post, :source, :suggestion, :suggestionId)
      ON CONFLICT DO NOTHING
      """;

  /** Inserts the rating unless this rater already rated the note; true when it inserted. */
  private boolean insertIfAbsent(long raterId, long noteId, long postId, RatingInput in, int tags, long now) {
    // ratingSourceBucketed: the server's own population-sampling feed will set POPULATION_SAMPLED;
    // a client cannot claim it. The only conflict possible is the (note, rater) key (ids are
    // generated); H2 accepts ON CONFLICT only without a target.
    return jdbc.sql(INSERT_IF_ABSENT)
        .param("note", noteId)
        .param("rater", raterId)
        .param("now", now)
        .param("version", RATING_VERSION)
        .param("level", in.helpfulnessLevel().name())
        .param("tags", tags)
        .param("post", postId)
        .param("source", RatingSource.DEFAULT.name())
        .param("suggestion", in.suggestion())
        .param("suggestionId", in.suggestionId())
        .update() == 1;
  }
}
