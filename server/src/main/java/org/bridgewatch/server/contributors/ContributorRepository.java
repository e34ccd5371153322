package org.bridgewatch.server.contributors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The contributors table. */
@Repository
public class ContributorRepository {
  /** userEnrollment defaults of a new contributor, as in the public data. */
  static final int INITIAL_RATINGS_NEEDED_TO_EARN_IN = 5;
  static final long NEVER_EARNED_OUT = 1L;

  private static final String COLUMNS = """
      id, participant_id, alias, operator, created_at_millis, enrollment_state,
      successful_rating_needed_to_earn_in, modeling_population, modeling_group,
      writing_impact, rating_impact
      """;

  private final JdbcClient jdbc;

  public ContributorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertNew(String participantId, String alias, long now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO contributors (participant_id, alias, created_at_millis, enrollment_state,
              successful_rating_needed_to_earn_in, timestamp_of_last_state_change,
              timestamp_of_last_earn_out, modeling_population, modeling_group)
            VALUES (:pid, :alias, :now, :state, :needed, :now, :neverOut, 'CORE', 0)
            """)
        .param("pid", participantId)
        .param("alias", alias)
        .param("now", now)
        .param("state", EnrollmentState.NEW_USER.tsv)
        .param("needed", INITIAL_RATINGS_NEEDED_TO_EARN_IN)
        .param("neverOut", NEVER_EARNED_OUT)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  public boolean aliasTaken(String alias) {
    return jdbc.sql("SELECT COUNT(*) FROM contributors WHERE alias = :alias")
        .param("alias", alias)
        .query(Long.class)
        .single() > 0;
  }

  public Optional<ContributorRecord> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contributors WHERE id = :id")
        .param("id", id)
        .query(ContributorRepository::map)
        .optional();
  }

  /**
   * The contributor, row-locked until the transaction ends: serializes one contributor's
   * concurrent writes so the writing limits cannot be overrun by a burst.
   */
  public ContributorRecord lockForWrite(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contributors WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(ContributorRepository::map)
        .single();
  }

  private static ContributorRecord map(ResultSet rs, int row) throws SQLException {
    return new ContributorRecord(
        rs.getLong("id"),
        rs.getString("participant_id"),
        rs.getString("alias"),
        rs.getBoolean("operator"),
        rs.getLong("created_at_millis"),
        EnrollmentState.parse(rs.getString("enrollment_state")),
        rs.getInt("successful_rating_needed_to_earn_in"),
        rs.getString("modeling_population"),
        rs.getInt("modeling_group"),
        rs.getInt("writing_impact"),
        rs.getInt("rating_impact"));
  }
}
