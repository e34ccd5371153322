package org.bridgewatch.server.web;

import java.util.List;
import java.util.Optional;
import org.bridgewatch.server.scoring.ScoringRun;
import org.bridgewatch.server.scoring.ScoringRunLog;
import org.bridgewatch.server.scoring.ScoringRunService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console over what this module has: {@link ScoringRunService} when a scoring engine is wired
 * in, the {@link ScoringRunLog} for past runs, and the {@code display.paused} server setting.
 */
public class DefaultOperatorConsole implements OperatorConsole {
  static final String DISPLAY_PAUSED = "display.paused";

  private final ObjectProvider<ScoringRunService> scoring;
  private final ScoringRunLog log;
  private final JdbcClient jdbc;

  public DefaultOperatorConsole(ObjectProvider<ScoringRunService> scoring, ScoringRunLog log, JdbcClient jdbc) {
    this.scoring = scoring;
    this.log = log;
    this.jdbc = jdbc;
  }

  @Override
  public boolean scoringAvailable() {
    return scoring.getIfAvailable() != null;
  }

  @Override
  public Optional<ScoringRun> startRun(long operatorId) {
    ScoringRunService service = scoring.getIfAvailable();
    return service == null ? Optional.empty() : Optional.of(service.trigger(ScoringRun.Trigger.OPERATOR, operatorId));
  }

  @Override
  public List<ScoringRun> recentRuns(int limit) {
    return log.recent(limit);
  }

  @Override
  public boolean displayPaused() {
    return jdbc.sql("SELECT setting_value FROM server_settings WHERE setting_name = :name")
        .param("name", DISPLAY_PAUSED)
        .query(String.class)
        .optional()
        .map(Boolean::parseBoolean)
        .orElse(false);
  }

  @Override
  @Transactional
  public void setDisplayPaused(boolean paused) {
    int updated = jdbc.sql("UPDATE server_settings SET setting_value = :value WHERE setting_name = :name")
        .param("value", Boolean.toString(paused))
        .param("name", DISPLAY_PAUSED)
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO server_settings (setting_name, setting_value) VALUES (:name, :value)")
          .param("name", DISPLAY_PAUSED)
          .param("value", Boolean.toString(paused))
          .update();
    }
  }

  /** Registers the default unless another bean (an operator service) implements the console. */
  @Configuration
  static class Registration {
    @Bean
    @ConditionalOnMissingBean(OperatorConsole.class)
    OperatorConsole defaultOperatorConsole(ObjectProvider<ScoringRunService> scoring, ScoringRunLog log,
        JdbcClient jdbc) {
      return new DefaultOperatorConsole(scoring, log, jdbc);
    }
  }
}
