package org.bridgewatch.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap from a unified JVM GC log ({@code -Xlog:gc:file=...}): lines such as
 * {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 512M->128M(1024M) 12.3ms}. The peak
 * used heap is the largest "before" size; the live set the largest "after" size.
 */
public record GcLogPeak(long maxBeforeGcBytes, long maxAfterGcBytes, int collections) {
  private static final Pattern SIZES =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  public static GcLogPeak parse(Path log) throws IOException {
    long before = 0;
    long after = 0;
    int count = 0;
    if (!Files.exists(log)) {
      return new GcLogPeak(0, 0, 0);
    }
    try (BufferedReader reader = Files.newBufferedReader(log)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        Matcher m = SIZES.matcher(line);
        if (m.find()) {
          before = Math.max(before, bytes(m.group(1), m.group(2)));
          after = Math.max(after, bytes(m.group(3), m.group(4)));
          count++;
        }
      }
    }
    return new GcLogPeak(before, after, count);
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}
