package org.bridgewatch.server.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgewatch.scoring.model.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notes table (live notes unless a method says otherwise). */
@Repository
public class NoteRepository {
  /** Columns of a note read, with its current status (no history row yet: needs more ratings). */
  private static final String SELECT = """
      SELECT n.note_id, n.tweet_id, c.participant_id, n.created_at_millis, n.classification,
        n.misleading_other, n.misleading_factual_error, n.misleading_manipulated_media,
        n.misleading_outdated_information, n.misleading_missing_important_context,
        n.misleading_unverified_claim_as_fact, n.misleading_satire,
        n.not_misleading_other, n.not_misleading_factually_correct,
        n.not_misleading_outdated_but_not_when_written, n.not_misleading_clearly_satire,
        n.not_misleading_personal_opinion, n.trustworthy_sources, n.summary, n.is_media_note,
        COALESCE(h.current_status, 'NEEDS_MORE_RATINGS') AS status
      FROM notes n
      JOIN contributors c ON c.id = n.author_id
      LEFT JOIN note_status_history h ON h.note_id = n.note_id
      """;

  private final JdbcClient jdbc;

  public NoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Author id and post of a live note. */
  public record Owner(long authorId, long postId) {}

  public void insert(long noteId, long authorId, long now, NoteInput in) {
    Set<MisleadingReason> m = in.misleading();
    Set<NotMisleadingReason> nm = in.notMisleading();
    jdbc.sql("""
            INSERT INTO notes (note_id, author_id, created_at_millis, tweet_id, classification,
              misleading_other, misleading_factual_error, misleading_manipulated_media,
              misleading_outdated_information, misleading_missing_important_context,
              misleading_unverified_claim_as_fact, misleading_satire,
              not_misleading_other, not_misleading_factually_correct,
              not_misleading_outdated_but_not_when_written, not_misleading_clearly_satire,
              not_misleading_personal_opinion, trustworthy_sources, summary, is_media_note,
              is_collaborative_note)
            VALUES (:noteId, :author, :now, :post, :classification,
              :mOther, :mFactual, :mMedia, :mOutdated, :mContext, :mUnverified, :mSatire,
              :nOther, :nCorrect, :nOutdated, :nSatire, :nOpinion, :sources, :summary, :media, 0)
            """)
        .param("noteId", noteId)
        .param("author", authorId)
        .param("now", now)
        .param("post", in.postId())
        .param("classification", in.classification().name())
        .param("mOther", flag(m.contains(MisleadingReason.other)))
        .param("mFactual", flag(m.contains(MisleadingReason.factualError)))
        .param("mMedia", flag(m.contains(MisleadingReason.manipulatedMedia)))
        .param("mOutdated", flag(m.contains(MisleadingReason.outdatedInformation)))
        .param("mContext", flag(m.contains(MisleadingReason.missingImportantContext)))
        .param("mUnverified", flag(m.contains(MisleadingReason.unverifiedClaimAsFact)))
        .param("mSatire", flag(m.contains(MisleadingReason.satire)))
        .param("nOther", flag(nm.contains(NotMisleadingReason.other)))
        .param("nCorrect", flag(nm.contains(NotMisleadingReason.factuallyCorrect)))
        .param("nOutdated", flag(nm.contains(NotMisleadingReason.outdatedButNotWhenWritten)))
        .param("nSatire", flag(nm.contains(NotMisleadingReason.clearlySatire)))
        .param("nOpinion", flag(nm.contains(NotMisleadingReason.personalOpinion)))
        .param("sources", flag(Boolean.TRUE.equals(in.trustworthySources())))
        .param("summary", in.summary())
        .param("media", flag(Boolean.TRUE.equals(in.isMediaNote())))
        .update();
  }

  /** Whether the author ever wrote a note on the post (deleted notes included). */
  public boolean authorHasNoteOnPost(long authorId, long postId) {
    return jdbc.sql("SELECT COUNT(*) FROM notes WHERE author_id = :author AND tweet_id = :post")
        .param("author", authorId)
        .param("post", postId)
        .query(Long.class)
        .single() > 0;
  }

  /** Notes written since a time, deleted ones included (deleting does not refund the limit). */
  public long countWrittenSince(long authorId, long sinceMillis) {
    return jdbc.sql("SELECT COUNT(*) FROM notes WHERE author_id = :author AND created_at_millis > :since")
        .param("author", authorId)
        .param("since", sinceMillis)
        .query(Long.class)
        .single();
  }

  public long countWritten(long authorId) {
    return jdbc.sql("SELECT COUNT(*) FROM notes WHERE author_id = :author")
        .param("author", authorId)
        .query(Long.class)
        .single();
  }

  /** Notes by one contributor on posts of one post author: total, CRH, and written since a time. */
  public record AuthorHistory(long total, long crh, long since) {}

  public AuthorHistory onPostAuthor(long authorId, String postAuthor, long sinceMillis) {
    return jdbc.sql("""
            SELECT COUNT(*),
              COALESCE(SUM(CASE WHEN h.current_status = 'CURRENTLY_RATED_HELPFUL' THEN 1 ELSE 0 END), 0),
              COALESCE(SUM(CASE WHEN n.created_at_millis > :since THEN 1 ELSE 0 END), 0)
            FROM notes n
            JOIN posts p ON p.id = n.tweet_id
            LEFT JOIN note_status_history h ON h.note_id = n.note_id
            WHERE n.author_id = :author AND p.author_handle = :postAuthor
            """)
        .param("author", authorId)
        .param("postAuthor", postAuthor)
        .param("since", sinceMillis)
        .query((rs, i) -> new AuthorHistory(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  public Optional<Owner> ownerOfLive(long noteId) {
    return jdbc.sql("SELECT author_id, tweet_id FROM notes WHERE note_id = :id AND deleted = FALSE")
        .param("id", noteId)
        .query((rs, i) -> new Owner(rs.getLong(1), rs.getLong(2)))
        .optional();
  }

  public void markDeleted(long noteId, long now) {
    jdbc.sql("UPDATE notes SET deleted = TRUE, deleted_at_millis = :now WHERE note_id = :id")
        .param("now", now)
        .param("id", noteId)
        .update();
  }

  public Optional<Note> find(long noteId) {
    return jdbc.sql(SELECT + " WHERE n.note_id = :id AND n.deleted = FALSE")
        .param("id", noteId)
        .query(NoteRepository::map)
        .optional();
  }

  public List<Note> byPost(long postId, long beforeId, int limit) {
    return jdbc.sql(SELECT + """
             WHERE n.tweet_id = :post AND n.deleted = FALSE AND n.note_id < :before
            ORDER BY n.note_id DESC LIMIT :limit
            """)
        .param("post", postId)
        .param("before", beforeId)
        .param("limit", limit)
        .query(NoteRepository::map)
        .list();
  }

  public List<Note> byStatus(String status, long beforeId, int limit) {
    return jdbc.sql(SELECT + """
             WHERE COALESCE(h.current_status, 'NEEDS_MORE_RATINGS') = :status
              AND n.deleted = FALSE AND n.note_id < :before
            ORDER BY n.note_id DESC LIMIT :limit
            """)
        .param("status", status)
        .param("before", beforeId)
        .param("limit", limit)
        .query(NoteRepository::map)
        .list();
  }

  public List<Note> recent(long beforeId, int limit) {
    return jdbc.sql(SELECT + """
             WHERE n.deleted = FALSE AND n.note_id < :before ORDER BY n.note_id DESC LIMIT :limit
            """)
        .param("before", beforeId)
        .param("limit", limit)
        .query(NoteRepository::map)
        .list();
  }

  private static Note map(ResultSet rs, int row) throws SQLException {
    Set<MisleadingReason> m = EnumSet.noneOf(MisleadingReason.class);
    MisleadingReason[] ms = MisleadingReason.values();
    for (int i = 0; i < ms.length; i++) {
      if (rs.getInt(6 + i) == 1) {
        m.add(ms[i]);
      }
    }
    Set<NotMisleadingReason> nm = EnumSet.noneOf(NotMisleadingReason.class);
    NotMisleadingReason[] nms = NotMisleadingReason.values();
    for (int i = 0; i < nms.length; i++) {
      if (rs.getInt(13 + i) == 1) {
        nm.add(nms[i]);
      }
    }
    return new Note(
        Long.toString(rs.getLong("note_id")),
        Long.toString(rs.getLong("tweet_id")),
        rs.getString("participant_id"),
        rs.getLong("created_at_millis"),
        Classification.valueOf(rs.getString("classification")),
        m,
        nm,
        rs.getInt("trustworthy_sources") == 1,
        rs.getString("summary"),
        rs.getInt("is_media_note") == 1,
        rs.getString("status"));
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }
}
