package org.bridgewatch.server.notes;

/** Plain-language explanations of a note's current status, for contributors and readers. */
public final class StatusReasons {
  private StatusReasons() {}

  public static String explain(String status, String lockedStatus, String decidedBy) {
    String base = switch (status == null ? "NEEDS_MORE_RATINGS" : status) {
      case "CURRENTLY_RATED_HELPFUL" ->
          "Rated helpful: people who usually disagree in their ratings found this note helpful.";
      case "CURRENTLY_RATED_NOT_HELPFUL" ->
          "Rated not helpful: raters from different perspectives found this note not helpful.";
      case "FIRM_REJECT" -> "Rejected: the note was rated not helpful with high confidence.";
      case "NEEDS_YOUR_HELP" -> "Needs your help: more ratings from different perspectives are wanted.";
      default -> "Needs more ratings: not enough people from different perspectives have agreed yet.";
    };
    if (lockedStatus != null && !lockedStatus.isEmpty()) {
      base += " The status is locked: notes stop changing status two weeks after they are written.";
    }
    if (decidedBy != null && !decidedBy.isEmpty()) {
      base += " Decided by " + decidedBy + ".";
    }
    return base;
  }
}
