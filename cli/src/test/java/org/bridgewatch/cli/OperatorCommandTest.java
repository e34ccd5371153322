package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgewatch operator}: a fresh install gets its first operator from the command line. */
class OperatorCommandTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH";
  }

  private CliRun operator(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "operator";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--spring.datasource.url=" + url();
    return CliRun.of(all);
  }

  @Test
  void grantsRevokesAndListsByAliasInTheServersDatabase() throws SQLException {
    // On a fresh database the command creates the schema (as serve would) and finds no operator.
    CliRun empty = operator("list");
    assertThat(empty.exitCode()).as(empty.err()).isZero();
    assertThat(empty.out()).isBlank();
    contributor("brave-quiet-otter");
    contributor("calm-bright-heron");

    CliRun granted = operator("grant", "brave-quiet-otter");
    assertThat(granted.exitCode()).as(granted.err()).isZero();
    assertThat(granted.out()).contains("brave-quiet-otter is now an operator");
    assertThat(isOperator("brave-quiet-otter")).isTrue();
    assertThat(isOperator("calm-bright-heron")).isFalse();
    assertThat(operator("grant", "brave-quiet-otter").out()).contains("was already an operator");

    CliRun unknown = operator("grant", "no-such-alias");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no contributor has the alias no-such-alias");

    CliRun last = operator("revoke", "brave-quiet-otter");
    assertThat(last.exitCode()).isEqualTo(1);
    assertThat(last.err()).contains("last operator");
    assertThat(isOperator("brave-quiet-otter")).isTrue();

    assertThat(operator("grant", "calm-bright-heron").exitCode()).isZero();
    CliRun revoked = operator("revoke", "brave-quiet-otter");
    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    assertThat(isOperator("brave-quiet-otter")).isFalse();
    assertThat(operator("list").out().lines().toList()).containsExactly("calm-bright-heron");
  }

  private Connection db() throws SQLException {
    return DriverManager.getConnection(url(), "postgres", ""); // the user the server's H2 default uses
  }

  private void contributor(String alias) throws SQLException {
    try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
        INSERT INTO contributors (participant_id, alias, created_at_millis, enrollment_state,
          successful_rating_needed_to_earn_in, timestamp_of_last_state_change, timestamp_of_last_earn_out,
          modeling_population, modeling_group)
        VALUES (?, ?, 0, 'newUser', 5, 0, 1, 'CORE', 0)
        """)) {
      s.setString(1, "P" + alias.hashCode());
      s.setString(2, alias);
      s.executeUpdate();
    }
  }

  private boolean isOperator(String alias) throws SQLException {
    try (Connection c = db(); PreparedStatement s = c.prepareStatement(
        "SELECT operator FROM contributors WHERE alias = ?")) {
      s.setString(1, alias);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getBoolean(1);
      }
    }
  }

  @Test
  void helpNamesTheSubcommands() {
    CliRun help = CliRun.of("operator", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("grant").contains("revoke").contains("list");
  }
}
