package org.bridgewatch.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Parses counts with an optional K / M / G suffix: "25000", "2.5M", "1G". */
final class CountConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return parse(value);
  }

  static long parse(String value) {
    String s = value.trim().toUpperCase(Locale.ROOT).replace("_", "");
    double scale = 1;
    if (s.endsWith("K")) {
      scale = 1e3;
    } else if (s.endsWith("M")) {
      scale = 1e6;
    } else if (s.endsWith("G") || s.endsWith("B")) {
      scale = 1e9;
    }
    if (scale != 1) {
      s = s.substring(0, s.length() - 1);
    }
    double n = Double.parseDouble(s) * scale;
    if (n < 0 || n > Long.MAX_VALUE) {
      throw new IllegalArgumentException("not a count: " + value);
    }
    return Math.round(n);
  }
}
