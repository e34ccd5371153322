package org.bridgewatch.server.ratings;

import java.time.Clock;
import java.util.Optional;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.server.contributors.ContributorRecord;
import org.bridgewatch.server.contributors.ContributorRepository;
import org.bridgewatch.server.notes.NoteRepository;
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
  private final NoteRepository notes;
  private final ContributorRepository contributors;
  private final Clock clock;

  public RatingService(JdbcClient jdbc, NoteRepository notes, ContributorRepository contributors, Clock clock) {
    this.jdbc = jdbc;
    this.notes = notes;
    this.contributors = contributors;
    this.clock = clock;
  }

  /** The stored rating and whether this call created it (false: it replaced an earlier one). */
  public record Rated(Rating rating, boolean created) {}

  @Transactional
  public Rated rate(long raterId, long noteId, RatingInput in) {
    // Locking the rater's row serializes one rater's writes: two first ratings cannot race.
    ContributorRecord rater = contributors.lockForWrite(raterId);
    if (!rater.canRate()) {
      throw RuleViolation.forbidden("enrollment.canRate", "Removed contributors cannot rate.");
    }
    NoteRepository.Owner note = notes.ownerOfLive(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    if (note.authorId() == raterId) {
      throw RuleViolation.forbidden("rating.ownNote", "You cannot rate your own note.");
    }
    int tags = RatingTags.toBits(in.helpfulnessLevel(), in.tags());
    long now = clock.millis();
    boolean created = update(raterId, noteId, in, tags, now) == 0;
    if (created) {
      insert(raterId, noteId, note.postId(), in, tags, now);
    }
    return new Rated(find(raterId, noteId).orElseThrow(), created);
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

  private void insert(long raterId, long noteId, long postId, RatingInput in, int tags, long now) {
    // ratingSourceBucketed: the server's own population-sampling feed will set POPULATION_SAMPLED;
    // a client cannot claim it.
    jdbc.sql("""
            INSERT INTO ratings (note_id, rater_id, created_at_millis, first_created_at_millis, version,
              helpfulness_level, tags, rated_on_tweet_id, rating_source_bucketed, suggestion, suggestion_id)
            VALUES (:note, :rater, :now, :now, :version, :level, :tags, :post, :source, :suggestion, :suggestionId)
            """)
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
        .update();
  }
}
