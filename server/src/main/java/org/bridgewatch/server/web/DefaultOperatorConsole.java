package org.bridgewatch.server.web;

import java.util.List;
import java.util.Optional;
import org.bridgewatch.server.operator.ServerSettings;
import org.bridgewatch.server.scoring.ScoringRun;
import org.bridgewatch.server.scoring.ScoringRunLog;
import org.bridgewatch.server.scoring.ScoringRunService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console over what this module has: {@link ScoringRunService} when a scoring engine is wired
 * in, the {@link ScoringRunLog} for past runs, and the display-pause setting of {@link
 * ServerSettings}.
 */
public class DefaultOperatorConsole implements OperatorConsole {
  private final ObjectProvider<ScoringRunService> scoring;
  private final ScoringRunLog log;
  private final ServerSettings settings;

  public DefaultOperatorConsole(
      ObjectProvider<ScoringRunService> scoring, ScoringRunLog log, ServerSettings settings) {
    this.scoring = scoring;
    this.log = log;
    this.settings = settings;
  }

  @Override
  public boolean scoringAvailable() {
    return scoring.getIfAvailable() != null;
  }

  @Override
  public Optional<ScoringRun> startRun(long operatorId) {
    ScoringRunService service = scoring.getIfAvailable();
    return service == null
        ? Optional.empty()
        : service.trigger(ScoringRun.Trigger.OPERATOR, operatorId);
  }

  @Override
  public List<ScoringRun> recentRuns(int limit) {
    return log.recent(limit);
  }

  /** The same circuit breaker as the operator API's settings. */
  @Override
  public boolean displayPaused() {
    return settings.displayPaused();
  }

  @Override
  public void setDisplayPaused(boolean paused) {
    settings.update(null, null, paused);
  }

  /** Registers the default unless another bean (an operator service) implements the console. */
  @Configuration
  static class Registration {
    @Bean
    @ConditionalOnMissingBean(OperatorConsole.class)
    OperatorConsole defaultOperatorConsole(
        ObjectProvider<ScoringRunService> scoring, ScoringRunLog log, ServerSettings settings) {
      return new DefaultOperatorConsole(scoring, log, settings);
    }
  }
}
