package org.bridgewatch.server.web;

/** Short, plain names of the note statuses for the pages. */
public final class StatusLabels {
  private StatusLabels() {}

  public static String label(String status) {
    return switch (status == null ? "NEEDS_MORE_RATINGS" : status) {
      case "CURRENTLY_RATED_HELPFUL" -> "Rated helpful";
      case "CURRENTLY_RATED_NOT_HELPFUL" -> "Rated not helpful";
      case "FIRM_REJECT" -> "Rejected";
      case "NEEDS_YOUR_HELP" -> "Needs your help";
      default -> "Needs more ratings";
    };
  }

  /** A CSS class per status, so the badge colour follows the status. */
  public static String css(String status) {
    return switch (status == null ? "" : status) {
      case "CURRENTLY_RATED_HELPFUL" -> "status status-helpful";
      case "CURRENTLY_RATED_NOT_HELPFUL", "FIRM_REJECT" -> "status status-not-helpful";
      default -> "status status-pending";
    };
  }
}
