package org.bridgewatch.server.operator;

import java.time.Duration;
import java.util.Optional;
import org.bridgewatch.server.BridgewatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator settings that change at run time, kept in {@code server_settings} (so every node sees
 * them); an unset value falls back to the application property. Read on each use: they are a
 * primary-key lookup, and caching would let nodes disagree.
 */
@Service
public class ServerSettings {
  static final String SCORING_INTERVAL = "scoring.interval";
  static final String EXPORT_DELAY = "export.delay";
  static final String DISPLAY_PAUSED = "display.paused";

  private final JdbcClient jdbc;
  private final BridgewatchProperties properties;

  public ServerSettings(JdbcClient jdbc, BridgewatchProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The values in force. */
  public record Values(Duration scoringInterval, Duration exportDelay, boolean displayPaused) {}

  public Values current() {
    return new Values(scoringInterval(), exportDelay(), displayPaused());
  }

  public Duration scoringInterval() {
    return read(SCORING_INTERVAL).map(Duration::parse).orElse(properties.scoring().interval());
  }

  public Duration exportDelay() {
    return read(EXPORT_DELAY).map(Duration::parse).orElse(properties.export().delay());
  }

  /** The display circuit breaker: while true, readers who are not contributors see no statuses. */
  public boolean displayPaused() {
    return read(DISPLAY_PAUSED).map(Boolean::parseBoolean).orElse(false);
  }

  /** Applies the non-null fields of {@code change}. */
  @Transactional
  public Values update(Duration scoringInterval, Duration exportDelay, Boolean displayPaused) {
    if (scoringInterval != null) {
      write(SCORING_INTERVAL, scoringInterval.toString());
    }
    if (exportDelay != null) {
      write(EXPORT_DELAY, exportDelay.toString());
    }
    if (displayPaused != null) {
      write(DISPLAY_PAUSED, displayPaused.toString());
    }
    return current();
  }

  private Optional<String> read(String name) {
    return jdbc.sql("SELECT setting_value FROM server_settings WHERE setting_name = :name")
        .param("name", name)
        .query(String.class)
        .optional();
  }

  private void write(String name, String value) {
    int updated = jdbc.sql("UPDATE server_settings SET setting_value = :value WHERE setting_name = :name")
        .param("value", value)
        .param("name", name)
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO server_settings (setting_name, setting_value) VALUES (:name, :value)")
          .param("name", name)
          .param("value", value)
          .update();
    }
  }
}
