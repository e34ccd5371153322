package org.bridgewatch.server.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posts table. Media URLs are stored newline-separated (they never contain newlines). */
@Repository
public class PostRepository {
  private final JdbcClient jdbc;

  public PostRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM posts WHERE id = :id").param("id", id).query(Long.class).single() > 0;
  }

  public void insert(long id, PostInput in, long createdAt, long ingestedBy, long now) {
    List<String> media = in.mediaUrls() == null ? List.of() : in.mediaUrls();
    jdbc.sql("""
            INSERT INTO posts (id, author_handle, text, url, media_urls, has_media, views,
              created_at_millis, ingested_by, ingested_at_millis)
            VALUES (:id, :author, :text, :url, :media, :hasMedia, :views, :created, :by, :now)
            """)
        .param("id", id)
        .param("author", in.authorHandle())
        .param("text", in.text())
        .param("url", in.url())
        .param("media", media.isEmpty() ? null : String.join("\n", media))
        .param("hasMedia", !media.isEmpty())
        .param("views", in.views() == null ? 0L : in.views())
        .param("created", createdAt)
        .param("by", ingestedBy)
        .param("now", now)
        .update();
  }

  public Optional<Post> find(long id) {
    return jdbc.sql("""
            SELECT id, author_handle, text, url, media_urls, has_media, views, created_at_millis
            FROM posts WHERE id = :id
            """)
        .param("id", id)
        .query(PostRepository::map)
        .optional();
  }

  /** Newest first, keyset-paged: posts with id below {@code beforeId}. */
  public List<Post> list(long beforeId, int limit) {
    return jdbc.sql("""
            SELECT id, author_handle, text, url, media_urls, has_media, views, created_at_millis
            FROM posts WHERE id < :before ORDER BY id DESC LIMIT :limit
            """)
        .param("before", beforeId)
        .param("limit", limit)
        .query(PostRepository::map)
        .list();
  }

  /** The post's author, used by the per-post-author writing limit. */
  public Optional<String> authorOf(long id) {
    return jdbc.sql("SELECT author_handle FROM posts WHERE id = :id").param("id", id).query(String.class).optional();
  }

  private static Post map(ResultSet rs, int row) throws SQLException {
    String media = rs.getString("media_urls");
    return new Post(
        Long.toString(rs.getLong("id")),
        rs.getString("author_handle"),
        rs.getString("text"),
        rs.getString("url"),
        media == null ? List.of() : Arrays.asList(media.split("\n")),
        rs.getBoolean("has_media"),
        rs.getLong("views"),
        rs.getLong("created_at_millis"));
  }
}
