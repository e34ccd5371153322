package org.bridgewatch.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration tests run on, from system property {@code bridgewatch.test.db}
 * (Surefire runs the suite once per value): {@code h2}, a fresh embedded file database under
 * target/, or {@code postgres}, a freshly created {@code bridgewatch_test_<pid>} database on
 * 127.0.0.1:5432 (one per test JVM, so parallel builds on one machine cannot drop each other's
 * schema), dropped again when the JVM exits. An unreachable PostgreSQL skips the run, except under
 * CI=true where it fails.
 */
final class TestDatabase {
  static final String KIND = System.getProperty("bridgewatch.test.db", "h2");
  /** Server URL without database; {@code -Dbridgewatch.test.pg=...} points elsewhere. */
  private static final String PG_HOST = System.getProperty("bridgewatch.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  /** A number, never input: DDL cannot take the name as a bind parameter. */
  private static final String PG_DATABASE = "bridgewatch_test_" + ProcessHandle.current().pid();
  private static final String PG_USER = "postgres";

  /** Null when ready; otherwise why PostgreSQL could not be prepared. Computed once per JVM. */
  private static final String POSTGRES_PROBLEM = "postgres".equals(KIND) ? preparePostgres() : null;

  private static final String H2_URL = "jdbc:h2:file:"
      + Path.of("target", "test-db", "bw-" + UUID.randomUUID()).toAbsolutePath()
      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private TestDatabase() {}

  static void require() {
    if (POSTGRES_PROBLEM == null) {
      return;
    }
    String message = "PostgreSQL at " + PG_HOST + " is not usable: " + POSTGRES_PROBLEM;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  static void register(DynamicPropertyRegistry registry) {
    if ("postgres".equals(KIND)) {
      registry.add("spring.datasource.url", () -> PG_HOST + PG_DATABASE);
      registry.add("spring.datasource.username", () -> PG_USER);
      registry.add("spring.datasource.password", () -> "");
    } else {
      registry.add("spring.datasource.url", () -> H2_URL);
      registry.add("spring.datasource.username", () -> "sa");
      registry.add("spring.datasource.password", () -> "");
    }
  }

  /** Drops and recreates the test database, so every run starts from an empty schema. */
  private static String preparePostgres() {
    try (Connection c = DriverManager.getConnection(PG_HOST + "postgres?connectTimeout=5", PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + PG_DATABASE);
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropPostgres));
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static void dropPostgres() {
    try (Connection c = DriverManager.getConnection(PG_HOST + "postgres?connectTimeout=5", PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
    } catch (SQLException e) {
      // Best effort at exit; the next run of this pid drops it anyway.
    }
  }
}
