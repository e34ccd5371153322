package org.bridgewatch.server.operator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.bridgewatch.server.scoring.ScoringRun;
import org.bridgewatch.server.scoring.ScoringRunService;
import org.bridgewatch.server.security.ApiTokens;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/operator}: operators only (the security chain answers 401 without a token and
 * 403 for contributors who are not operators).
 */
@RestController
@Validated
@RequestMapping("/api/v1/operator")
public class OperatorController {
  static final Duration MIN_SCORING_INTERVAL = Duration.ofMinutes(1);

  private final ScoringRunService scoring;
  private final ServerSettings settings;
  private final OperatorGrants grants;
  private final ApiTokens tokens;

  public OperatorController(
      ScoringRunService scoring, ServerSettings settings, OperatorGrants grants, ApiTokens tokens) {
    this.scoring = scoring;
    this.settings = settings;
    this.grants = grants;
    this.tokens = tokens;
  }

  /** Settings as ISO-8601 durations ("PT1H"); absent fields are left as they are. */
  public record SettingsInput(String scoringInterval, String exportDelay, Boolean displayPaused) {}

  public record SettingsView(String scoringInterval, String exportDelay, boolean displayPaused) {
    static SettingsView of(ServerSettings.Values v) {
      return new SettingsView(v.scoringInterval().toString(), v.exportDelay().toString(), v.displayPaused());
    }
  }

  @Operation(summary = "Start a scoring run now (202 with the RUNNING run; 409 while one runs)",
      security = @SecurityRequirement(name = "bearer"))
  @PostMapping("/scoring/runs")
  public ResponseEntity<ScoringRun> trigger() {
    ScoringRun run = scoring.trigger(ScoringRun.Trigger.OPERATOR, CurrentContributor.get().id())
        .orElseThrow(() -> RuleViolation.conflict(null, "scoring.running", "A scoring run is already running."));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(run);
  }

  @Operation(summary = "Recent scoring runs, newest first", security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/scoring/runs")
  public List<ScoringRun> runs(@RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit) {
    return scoring.recent(limit);
  }

  @Operation(summary = "One scoring run, with its current phase while it runs",
      security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/scoring/runs/{runId}")
  public ScoringRun run(@PathVariable long runId) {
    return scoring.find(runId).orElseThrow(() -> RuleViolation.notFound("Scoring run", runId));
  }

  @Operation(summary = "Run-time settings", security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/settings")
  public SettingsView settings() {
    return SettingsView.of(settings.current());
  }

  @Operation(summary = "Change run-time settings: scoringInterval, exportDelay (ISO-8601 durations),"
      + " displayPaused (the circuit breaker)", security = @SecurityRequirement(name = "bearer"))
  @PutMapping("/settings")
  public SettingsView update(@RequestBody SettingsInput in) {
    Duration interval = duration("scoringInterval", in.scoringInterval());
    Duration delay = duration("exportDelay", in.exportDelay());
    if (interval != null && interval.compareTo(MIN_SCORING_INTERVAL) < 0) {
      throw RuleViolation.invalid("scoringInterval", "scoringInterval.min", "The scoring interval is at least PT1M.");
    }
    if (delay != null && delay.isNegative()) {
      throw RuleViolation.invalid("exportDelay", "exportDelay.min", "The export delay cannot be negative.");
    }
    return SettingsView.of(settings.update(interval, delay, in.displayPaused()));
  }

  @Operation(summary = "Pause display: the public sees no note statuses until resumed",
      security = @SecurityRequirement(name = "bearer"))
  @PostMapping("/display/pause")
  public SettingsView pause() {
    return SettingsView.of(settings.update(null, null, true));
  }

  @Operation(summary = "Resume display", security = @SecurityRequirement(name = "bearer"))
  @PostMapping("/display/resume")
  public SettingsView resume() {
    return SettingsView.of(settings.update(null, null, false));
  }

  @Operation(summary = "Operators' aliases", security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/operators")
  public List<String> operators() {
    return grants.operators();
  }

  @Operation(summary = "Make a contributor an operator (by alias); returns the operators",
      security = @SecurityRequirement(name = "bearer"))
  @PutMapping("/operators/{alias}")
  public List<String> grant(@PathVariable String alias) {
    check(grants.grant(alias), alias);
    tokens.forgetContributor(alias); // committed: the alias's next request carries the new role
    return grants.operators();
  }

  @Operation(summary = "Take operator rights away (never from the last operator); returns the operators",
      security = @SecurityRequirement(name = "bearer"))
  @DeleteMapping("/operators/{alias}")
  public List<String> revoke(@PathVariable String alias) {
    check(grants.revoke(alias), alias);
    tokens.forgetContributor(alias);
    return grants.operators();
  }

  private static void check(OperatorGrants.Outcome outcome, String alias) {
    switch (outcome) {
      case NO_SUCH_ALIAS -> throw RuleViolation.notFound("Contributor", alias);
      case LAST_OPERATOR -> throw RuleViolation.conflict("alias", "operators.last",
          "The last operator cannot be revoked; grant another contributor first.");
      case CHANGED, UNCHANGED -> { }
    }
  }

  private static Duration duration(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw RuleViolation.invalid(field, field + ".duration", "Not an ISO-8601 duration (e.g. PT1H): " + value);
    }
  }
}
