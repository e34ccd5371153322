package org.bridgewatch.server.notes;

import java.util.regex.Pattern;

/**
 * Note summary rules: 1–280 characters not counting URLs, and at least one URL on a note that
 * calls its post misleading. Characters are Unicode code points; text left after removing the
 * URLs is stripped at both ends before counting (the space before a trailing link is not text).
 */
public final class SummaryRules {
  public static final int MAX_CHARACTERS = 280;

  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+");

  private SummaryRules() {}

  public static int countedLength(String summary) {
    String text = URL.matcher(summary).replaceAll("").strip();
    return text.codePointCount(0, text.length());
  }

  public static boolean hasUrl(String summary) {
    return URL.matcher(summary).find();
  }
}
