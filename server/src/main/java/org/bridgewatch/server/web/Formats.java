package org.bridgewatch.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting helpers for the templates, as {@code @fmt}: times in UTC, scores with two decimals. */
@Component("fmt")
public class Formats {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  public String when(long millis) {
    return WHEN.format(Instant.ofEpochMilli(millis));
  }

  public String when(Long millis) {
    return millis == null ? "" : when(millis.longValue());
  }

  public String score(Double value) {
    return value == null ? "not scored yet" : String.format(Locale.ROOT, "%.3f", value);
  }

  public String statusLabel(String status) {
    return StatusLabels.label(status);
  }

  public String statusCss(String status) {
    return StatusLabels.css(status);
  }

  /** A post's text cut for lists, at a code point boundary. */
  public String excerpt(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
  }
}
