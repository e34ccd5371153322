package org.bridgewatch.server.notes;

/** Plain-language explanations of a note's status and of its changes, for contributors and readers. */
public final class StatusReasons {
  private static final String CRH = "CURRENTLY_RATED_HELPFUL";
  private static final String CRNH = "CURRENTLY_RATED_NOT_HELPFUL";
  private static final String NMR = "NEEDS_MORE_RATINGS";

  private StatusReasons() {}

  public static String explain(String status, String lockedStatus, String decidedBy) {
    String base = explainStatus(status);
    if (lockedStatus != null && !lockedStatus.isEmpty()) {
      base += " The status is locked: notes stop changing status two weeks after they are written.";
    }
    if (decidedBy != null && !decidedBy.isEmpty()) {
      base += " Decided by " + decidedBy + ".";
    }
    return base;
  }

  /**
   * Why a note's status went from {@code from} to {@code to}, as a scoring run decided it; {@code
   * decidedBy} is the meta rule's label (e.g. "CoreModel (v1.1)"). The model is not named here:
   * callers show it beside the reason.
   */
  public static String explainChange(String from, String to, String decidedBy) {
    String rule = decidedBy == null ? "" : decidedBy;
    if (NMR.equals(to)) {
      if (rule.startsWith("NmrDueToMinStableCrhTime")) {
        return "Waiting to be shown: the note scored as helpful, but a new helpful status is shown only"
            + " after it holds for a while; until then it needs more ratings.";
      }
      if (rule.startsWith("InsufficientExplanation")) {
        return "Needs more ratings: the note scored as helpful, but raters did not agree on why it is"
            + " helpful (no two reasons were each picked by enough raters).";
      }
      if (CRH.equals(from)) {
        return "No longer rated helpful: with the latest ratings, people who usually disagree no longer"
            + " agree enough that this note is helpful. It needs more ratings.";
      }
      if (CRNH.equals(from)) {
        return "No longer rated not helpful: with the latest ratings, raters from different perspectives"
            + " no longer agree enough that this note is not helpful. It needs more ratings.";
      }
      return explainStatus(to);
    }
    if (rule.startsWith("ScoringDriftGuard")) {
      return explainStatus(to) + " The status is locked: notes stop changing status two weeks after"
          + " they are written.";
    }
    return explainStatus(to);
  }

  private static String explainStatus(String status) {
    return switch (status == null ? NMR : status) {
      case CRH -> "Rated helpful: people who usually disagree in their ratings found this note helpful.";
      case CRNH -> "Rated not helpful: raters from different perspectives found this note not helpful.";
      case "FIRM_REJECT" -> "Rejected: the note was rated not helpful with high confidence.";
      case "NEEDS_YOUR_HELP" -> "Needs your help: more ratings from different perspectives are wanted.";
      default -> "Needs more ratings: not enough people from different perspectives have agreed yet.";
    };
  }
}
