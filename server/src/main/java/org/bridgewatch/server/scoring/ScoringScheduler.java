package org.bridgewatch.server.scoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgewatch.server.operator.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduled scoring ({@code bridgewatch.scoring.enabled}, on by default, off in tests): a first
 * run shortly after start, then one every scoring interval, re-read from the operator settings
 * before each wait so a change applies from the next run. With several nodes each schedules, but
 * a node skips its turn when any node started a run within the last half interval, and the job
 * lock keeps two from overlapping.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "bridgewatch.scoring.enabled", havingValue = "true")
public class ScoringScheduler implements SchedulingConfigurer {
  static final Duration FIRST_RUN_DELAY = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(ScoringScheduler.class);

  private final ScoringRunService scoring;
  private final ServerSettings settings;
  private final Clock clock;

  public ScoringScheduler(ScoringRunService scoring, ServerSettings settings, Clock clock) {
    this.scoring = scoring;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addTriggerTask(this::tick, context -> {
      Instant last = context.lastCompletion();
      return last == null ? clock.instant().plus(FIRST_RUN_DELAY) : last.plus(settings.scoringInterval());
    });
  }

  void tick() {
    try {
      List<ScoringRun> latest = scoring.recent(1);
      long halfInterval = settings.scoringInterval().toMillis() / 2;
      if (!latest.isEmpty() && clock.millis() - latest.get(0).startedAtMillis() < halfInterval) {
        log.debug("Scheduled scoring skipped: run {} started recently", latest.get(0).id());
        return;
      }
      if (scoring.runNow(ScoringRun.Trigger.SCHEDULED, null).isEmpty()) {
        log.info("Scheduled scoring skipped: another run holds the lock");
      }
    } catch (RuntimeException e) {
      log.error("Scheduled scoring failed to start", e);
    }
  }
}
