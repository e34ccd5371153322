package org.bridgewatch.server.operator;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who operates this server: the {@code operator} flag of contributors, by alias. Used by the
 * {@code bridgewatch operator} command (first operator of a fresh install, or recovery) and by
 * operators through the API. The last operator cannot be revoked, so a server never locks
 * everyone out of its console by accident.
 */
@Service
public class OperatorGrants {
  /** What a grant or revoke did. */
  public enum Outcome { CHANGED, UNCHANGED, NO_SUCH_ALIAS, LAST_OPERATOR }

  private final JdbcClient jdbc;

  public OperatorGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Operators' aliases, alphabetically. */
  public List<String> operators() {
    return jdbc.sql("SELECT alias FROM contributors WHERE operator = TRUE ORDER BY alias").query(String.class).list();
  }

  @Transactional
  public Outcome grant(String alias) {
    Boolean operator = lockedFlag(alias);
    if (operator == null) {
      return Outcome.NO_SUCH_ALIAS;
    }
    if (operator) {
      return Outcome.UNCHANGED;
    }
    set(alias, true);
    return Outcome.CHANGED;
  }

  @Transactional
  public Outcome revoke(String alias) {
    // Lock every operator row: two operators revoking each other at once cannot both succeed.
    List<String> operators = jdbc.sql("SELECT alias FROM contributors WHERE operator = TRUE FOR UPDATE")
        .query(String.class).list();
    if (!operators.contains(alias)) {
      return lockedFlag(alias) == null ? Outcome.NO_SUCH_ALIAS : Outcome.UNCHANGED;
    }
    if (operators.size() == 1) {
      return Outcome.LAST_OPERATOR;
    }
    set(alias, false);
    return Outcome.CHANGED;
  }

  private Boolean lockedFlag(String alias) {
    return jdbc.sql("SELECT operator FROM contributors WHERE alias = :alias FOR UPDATE")
        .param("alias", alias)
        .query(Boolean.class)
        .optional()
        .orElse(null);
  }

  private void set(String alias, boolean operator) {
    jdbc.sql("UPDATE contributors SET operator = :operator WHERE alias = :alias")
        .param("operator", operator)
        .param("alias", alias)
        .update();
  }
}
