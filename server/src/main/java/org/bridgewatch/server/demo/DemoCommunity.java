package org.bridgewatch.server.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import org.bridgewatch.server.scoring.ScoringRun;
import org.bridgewatch.server.scoring.ScoringRunService;
import org.bridgewatch.server.security.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bridgewatch.demo.enabled=true} ({@code bridgewatch serve --demo}): on an empty database,
 * generates a synthetic community whose newest activity is an hour old (with an earlier scoring
 * run's statuses, so some notes are already helpful), imports it, adds a demo operator, and runs
 * one scoring run before the server takes requests. A database that already has contributors is
 * left as it is.
 */
@Component
@ConditionalOnProperty(name = "bridgewatch.demo.enabled", havingValue = "true")
public class DemoCommunity implements ApplicationRunner {
  static final String OPERATOR_ALIAS = "demo-operator";
  private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

  private final CommunityImporter importer;
  private final ScoringRunService scoring;
  private final ApiTokens tokens;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Environment env;

  public DemoCommunity(CommunityImporter importer, ScoringRunService scoring, ApiTokens tokens, JdbcClient jdbc,
      Clock clock, Environment env) {
    this.importer = importer;
    this.scoring = scoring;
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.clock = clock;
    this.env = env;
  }

  /** The demo's size: small enough to score in seconds, big enough for every model rule to act. */
  SynthConfig config() {
    int notes = env.getProperty("bridgewatch.demo.notes", Integer.class, 400);
    int raters = env.getProperty("bridgewatch.demo.raters", Integer.class, 300);
    long ratings = env.getProperty("bridgewatch.demo.ratings", Long.class, 12_000L);
    long seed = env.getProperty("bridgewatch.demo.seed", Long.class, 42L);
    return SynthConfig.of(notes, raters, ratings, seed).withEndMillis(clock.millis() - 3_600_000L).withDays(10);
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    long existing = jdbc.sql("SELECT COUNT(*) FROM contributors").query(Long.class).single();
    if (existing > 0) {
      log.info("Demo: the database already has {} contributors; nothing imported", existing);
      return;
    }
    Path dir = Files.createTempDirectory("bridgewatch-demo-");
    try {
      SynthConfig config = config();
      log.info("Demo: generating a community of {} notes, {} raters, {} ratings", config.notes(),
          config.raters(), config.totalRatings());
      new SyntheticDataGenerator(config).generate(dir, (done, total) -> {});
      CommunityImporter.Imported imported = importer.importDirectory(dir);
      log.info("Demo: imported {} contributors, {} posts, {} notes, {} ratings", imported.contributors(),
          imported.posts(), imported.notes(), imported.ratings());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    String token = operatorToken();
    ScoringRun run = scoring.runNow(ScoringRun.Trigger.STARTUP, null).orElse(null);
    log.info("Demo: scoring run {} {}", run == null ? "-" : run.id(), run == null ? "skipped" : run.outcome());
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    log.info("""

        ================================================================================
         Bridgewatch demo is running: http://localhost:{}/api/v1/notes?status=CURRENTLY_RATED_HELPFUL
         API docs: http://localhost:{}/api/v1/swagger-ui.html
         Operator token (shown once): {}
           curl -H 'Authorization: Bearer {}' http://localhost:{}/api/v1/operator/scoring/runs
        ================================================================================""",
        port, port, token, token, port);
  }

  private String operatorToken() {
    long now = clock.millis();
    jdbc.sql("""
            INSERT INTO contributors (participant_id, alias, created_at_millis, operator, enrollment_state,
              successful_rating_needed_to_earn_in, timestamp_of_last_state_change, timestamp_of_last_earn_out,
              modeling_population, modeling_group)
            VALUES (:pid, :alias, :now, TRUE, 'earnedIn', 5, :now, 1, 'CORE', 0)
            """)
        .param("pid", "0".repeat(63) + "1")
        .param("alias", OPERATOR_ALIAS)
        .param("now", now)
        .update();
    long id = jdbc.sql("SELECT id FROM contributors WHERE alias = :alias").param("alias", OPERATOR_ALIAS)
        .query(Long.class).single();
    return tokens.issue(id, "demo").token();
  }
}
