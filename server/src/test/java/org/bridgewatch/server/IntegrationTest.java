package org.bridgewatch.server;

import org.bridgewatch.server.security.ApiTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the real server on a random port, over real HTTP, on the
 * database {@link TestDatabase} picks. All subclasses share one Spring context per JVM, so keep
 * this class's configuration the only one. Tests make their own contributors and posts, so they
 * never depend on each other's data.
 */
@Tag("integration")
@AutoConfigureObservability
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bridgewatch.rate-limit.writes=25",
      "bridgewatch.rate-limit.period=1h",
      "bridgewatch.rate-limit.signups=100000",
      "bridgewatch.rate-limit.signins=40",
      "bridgewatch.rate-limit.signin-period=1h",
      "bridgewatch.export.delay=48h",
      "bridgewatch.auth.token-cache-ttl=2s",
      "bridgewatch.scoring.enabled=false",
      "bridgewatch.scoring.threads=2"
    })
public abstract class IntegrationTest {
  protected static final long HOUR = 3_600_000L;

  @LocalServerPort int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected ApiTokens tokens;
  protected Api api;

  @BeforeAll
  static void requireDatabase() {
    TestDatabase.require();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeEach
  void connect() {
    api = new Api(port, jdbc);
  }

  /**
   * Makes a contributor an operator straight in the database, as an administrator would, and
   * forgets their verified tokens (a change made outside the server reaches a remembered token
   * only after bridgewatch.auth.token-cache-ttl).
   */
  protected void makeOperator(long contributorId, String alias) {
    jdbc.sql("UPDATE contributors SET operator = TRUE WHERE id = :id").param("id", contributorId).update();
    tokens.forgetContributor(alias);
  }

  /**
   * What a scoring run leaves for a note it rated helpful, written directly (for page tests that
   * need a shown note without running the engine): its status history row, a succeeded run at
   * {@code at}, and the note's score from the core model. Returns the run's id.
   */
  protected long scoredHelpful(long noteId, String authorParticipantId, long createdAt, long at,
      double intercept, double factor) {
    jdbc.sql("""
            INSERT INTO note_status_history (note_id, note_author_participant_id, created_at_millis,
              timestamp_millis_of_first_non_nmr_status, first_non_nmr_status,
              timestamp_millis_of_current_status, current_status,
              timestamp_millis_of_latest_non_nmr_status, most_recent_non_nmr_status,
              current_core_status, current_decided_by, timestamp_millis_of_most_recent_status_change)
            VALUES (:id, :author, :created, :at, 'CURRENTLY_RATED_HELPFUL', :at, 'CURRENTLY_RATED_HELPFUL',
              :at, 'CURRENTLY_RATED_HELPFUL', 'CURRENTLY_RATED_HELPFUL', 'CoreModel (v1.1)', :at)
            """)
        .param("id", noteId).param("author", authorParticipantId).param("created", createdAt)
        .param("at", at).update();
    jdbc.sql("""
            INSERT INTO scoring_runs (trigger_kind, started_at_millis, finished_at_millis, outcome,
              epoch_millis, seed)
            VALUES ('SCHEDULED', :at, :at, 'SUCCEEDED', :at, 42)
            """)
        .param("at", at).update();
    long run = jdbc.sql("SELECT MAX(id) FROM scoring_runs").query(Long.class).single();
    jdbc.sql("""
            INSERT INTO note_scores (note_id, scoring_run_id, final_status, core_intercept, core_factor,
              decided_by)
            VALUES (:id, :run, 'CURRENTLY_RATED_HELPFUL', :intercept, :factor, 'CoreModel (v1.1)')
            """)
        .param("id", noteId).param("run", run).param("intercept", intercept).param("factor", factor)
        .update();
    return run;
  }

  /**
   * Waits until no scoring run is RUNNING. A run an earlier test started may still be writing
   * back, in one transaction, the contributor rows a test is about to update wholesale: on H2 the
   * two then deadlock.
   */
  protected void awaitNoScoringRun() {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (jdbc.sql("SELECT COUNT(*) FROM scoring_runs WHERE outcome = 'RUNNING'")
        .query(Long.class).single() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("a scoring run is still RUNNING after 2 minutes");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /**
   * As if {@code hours} had passed since notes began their minimum-stable-CRH wait: moves the start
   * of every running stabilization period back.
   */
  protected void stabilizationPeriodsBeganHoursAgo(int hours) {
    jdbc.sql("""
            UPDATE note_status_history
            SET timestamp_millis_of_nmr_due_to_min_stable_crh_time = timestamp_millis_of_nmr_due_to_min_stable_crh_time - :shift
            WHERE timestamp_millis_of_nmr_due_to_min_stable_crh_time > 0
            """)
        .param("shift", hours * HOUR).update();
  }
}
