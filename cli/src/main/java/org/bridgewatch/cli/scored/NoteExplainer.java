package org.bridgewatch.cli.scored;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains in plain language why a note has its status, from its scored_notes row (and, when
 * given, its note_status_history row): which rule decided, the deciding model's numbers against
 * the documented thresholds, and what would have to change for another status.
 */
public final class NoteExplainer {
  // The reference's matrix-factorization thresholds (ranking-notes.md, note_ratings.py).
  static final double CRH_THRESHOLD = 0.40;
  static final double CRH_INERTIA_THRESHOLD = 0.39;
  static final double FACTOR_LIMIT = 0.50;
  static final double CRNH_INTERCEPT = -0.05;
  static final double CRNH_FACTOR_MULTIPLIER = 0.8;
  static final double CRNH_UCB = -0.04;
  static final double CRNH_NOT_MISLEADING = -0.15;
  static final double FIRM_REJECT = 0.30;
  static final int MIN_RATINGS = 5;

  private static final List<String> OTHER_MODELS = List.of("core", "coreWithTopics", "expansion",
      "expansionPlus", "group", "multiGroup", "topic", "gaussian", "gaussianCoreWithTopics");

  private final Map<String, String> note;
  private final Map<String, String> history;
  private final List<String> lines = new ArrayList<>();

  /** {@code history} may be null. */
  public NoteExplainer(Map<String, String> scoredNote, Map<String, String> history) {
    this.note = scoredNote;
    this.history = history;
  }

  public List<String> explain() {
    lines.clear();
    String status = text("finalRatingStatus");
    say("Note %s: %s", text("noteId"), status);
    say("  classification %s, %s ratings", orDash(text("classification")),
        orDash(text("numRatings")));
    String decidedBy = text("decidedBy");
    say("");
    say("Decided by: %s", orDash(decidedBy));
    if (!decidedBy.isEmpty()) {
      say("  %s", RuleGlossary.meaning(decidedBy));
    }
    List<String> metaRules = rules("metaScorerActiveRules");
    if (!metaRules.isEmpty()) {
      say("Meta-scorer rules that fired, in order (the last model listed sets the candidate"
          + " status):");
      for (String rule : metaRules) {
        say("  - %s: %s", rule, RuleGlossary.meaning(rule));
      }
    }
    String prefix = decidingModel(decidedBy);
    if (prefix != null) {
      explainModel(prefix, status);
    }
    explainTags(status);
    explainHistory(decidedBy);
    otherModels(prefix);
    return List.copyOf(lines);
  }

  /** The model whose numbers explain the status: the deciding model, else Core if present. */
  private String decidingModel(String decidedBy) {
    String prefix = RuleGlossary.modelPrefix(decidedBy);
    if (prefix != null && !Double.isNaN(number(prefix + "NoteIntercept"))) {
      return prefix;
    }
    for (String candidate : List.of("core", "coreWithTopics", "expansion", "expansionPlus")) {
      if (!Double.isNaN(number(candidate + "NoteIntercept"))) {
        return candidate;
      }
    }
    return null;
  }

  private void explainModel(String prefix, String finalStatus) {
    double intercept = number(prefix + "NoteIntercept");
    double factor = number(prefix + "NoteFactor1");
    double interceptMax = number(prefix + "NoteInterceptMax");
    double ratings = number("numRatings");
    String modelStatus = text(prefix + "RatingStatus");
    List<String> rules = rules(prefix + "ActiveRules");
    say("");
    say("%s model: status %s", prefix, orDash(modelStatus));
    if (!rules.isEmpty()) {
      say("  rules that fired: %s", String.join(" -> ", rules));
      String decisive = rules.get(rules.size() - 1);
      say("  decisive rule: %s (%s)", decisive, RuleGlossary.meaning(decisive));
    }
    double crnhLine = CRNH_INTERCEPT - CRNH_FACTOR_MULTIPLIER * Math.abs(factor);
    say("  numbers against the thresholds:");
    if (!Double.isNaN(ratings)) {
      say("    ratings        %6.0f   %s minimum %d", ratings, ratings >= MIN_RATINGS ? ">=" : "<",
          MIN_RATINGS);
    }
    say("    intercept      %+.4f  %s CRH threshold %.2f (margin %+.4f)", intercept,
        intercept >= CRH_THRESHOLD ? ">=" : "<", CRH_THRESHOLD, intercept - CRH_THRESHOLD);
    if (!Double.isNaN(factor)) {
      say("    |factor|        %.4f  %s limit %.2f for CRH", Math.abs(factor),
          Math.abs(factor) > FACTOR_LIMIT ? ">" : "<=", FACTOR_LIMIT);
      say("    CRNH line      %+.4f  (-0.05 - 0.8 x |factor|): intercept is %s it by %.4f",
          crnhLine, intercept <= crnhLine ? "at or below" : "above",
          Math.abs(intercept - crnhLine));
    }
    if (!Double.isNaN(interceptMax)) {
      say("    intercept max  %+.4f  %s UCB CRNH threshold %.2f", interceptMax,
          interceptMax < CRNH_UCB ? "<" : ">=", CRNH_UCB);
    }
    if ("NOT_MISLEADING".equals(text("classification"))) {
      say("    not-misleading note: CRNH below intercept %.2f (%s)", CRNH_NOT_MISLEADING,
          intercept < CRNH_NOT_MISLEADING ? "it is" : "it is not");
    }
    if (intercept < FIRM_REJECT) {
      say("    intercept is below the firm-reject level %.2f (Core blocks CRH for such notes"
          + " unless they are CRNH)", FIRM_REJECT);
    }
    whatWouldChange(finalStatus, intercept, factor, interceptMax, crnhLine, ratings, rules);
  }

  private void whatWouldChange(String status, double intercept, double factor,
      double interceptMax, double crnhLine, double ratings, List<String> rules) {
    List<String> changes = new ArrayList<>();
    boolean locked = text("decidedBy").startsWith("ScoringDriftGuard");
    if (locked) {
      changes.add("nothing in this model: the status is locked by status stabilization");
    } else if (text("decidedBy").startsWith("NmrDueToMinStableCrhTime")) {
      changes.add("time: it becomes CRH if it still meets the CRH criteria after the required"
          + " 30 minutes of stable CRH");
    } else if ("CURRENTLY_RATED_HELPFUL".equals(status)) {
      changes.add(String.format(Locale.ROOT,
          "it stays CRH while the intercept stays >= %.2f (inertia): it may drop %.4f more",
          CRH_INERTIA_THRESHOLD, intercept - CRH_INERTIA_THRESHOLD));
      if (!Double.isNaN(factor)) {
        changes.add(String.format(Locale.ROOT, "|factor| may grow %.4f before the large-factor"
            + " filter applies", FACTOR_LIMIT - Math.abs(factor)));
      }
    } else if ("CURRENTLY_RATED_NOT_HELPFUL".equals(status)) {
      changes.add(String.format(Locale.ROOT,
          "to leave CRNH the intercept must rise above the CRNH line: +%.4f",
          Math.max(0, crnhLine - intercept) + 1e-4));
      if (!Double.isNaN(interceptMax)) {
        changes.add(String.format(Locale.ROOT,
            "and the intercept's upper bound above %.2f: +%.4f", CRNH_UCB,
            Math.max(0, CRNH_UCB - interceptMax)));
      }
      changes.add(String.format(Locale.ROOT, "to reach CRH it needs intercept +%.4f",
          CRH_THRESHOLD - intercept));
    } else {
      if (!Double.isNaN(ratings) && ratings < MIN_RATINGS) {
        changes.add(String.format(Locale.ROOT, "needs %d more ratings before any status",
            (int) (MIN_RATINGS - ratings)));
      }
      if (intercept < CRH_THRESHOLD) {
        changes.add(String.format(Locale.ROOT, "needs intercept +%.4f to reach CRH",
            CRH_THRESHOLD - intercept));
      } else {
        changes.add("the intercept is at or above the CRH threshold; CRH is blocked by "
            + blockers(rules, factor));
      }
      if (!Double.isNaN(factor) && Math.abs(factor) > FACTOR_LIMIT) {
        changes.add(String.format(Locale.ROOT, "needs |factor| -%.4f to pass the large-factor"
            + " filter", Math.abs(factor) - FACTOR_LIMIT));
      }
      if (intercept > crnhLine) {
        changes.add(String.format(Locale.ROOT, "would become CRNH if the intercept fell %.4f",
            intercept - crnhLine));
      }
    }
    say("  what would change it:");
    for (String change : changes) {
      say("    - %s", change);
    }
  }

  private static String blockers(List<String> rules, double factor) {
    List<String> blocking = new ArrayList<>();
    for (String rule : rules) {
      String base = RuleGlossary.baseName(rule);
      if (!base.equals("InitialNMR") && !base.equals("GeneralCRH")) {
        blocking.add(base);
      }
    }
    if (blocking.isEmpty()) {
      return Math.abs(factor) > FACTOR_LIMIT ? "the large factor" : "a later meta-scorer rule";
    }
    return String.join(", ", blocking);
  }

  private void explainTags(String status) {
    String filtered = text("activeFilterTags");
    String first = text("firstTag");
    String second = text("secondTag");
    if (filtered.isEmpty() && first.isEmpty() && second.isEmpty()) {
      return;
    }
    say("");
    if (!filtered.isEmpty()) {
      say("Tag outlier filter fired for: %s", filtered);
    }
    if (!first.isEmpty() || !second.isEmpty()) {
      say("Explanation tags shown with the %s status: %s%s", status, first,
          second.isEmpty() ? "" : ", " + second);
    }
  }

  private void explainHistory(String decidedBy) {
    if (history == null) {
      return;
    }
    say("");
    say("Status history: first non-NMR status %s%s; locked status %s%s", orDash(
        value(history, "firstNonNMRStatus")), at(value(history, "timestampMillisOfFirstNonNMRStatus")),
        orDash(value(history, "lockedStatus")), at(value(history, "timestampMillisOfStatusLock")));
    if (decidedBy.startsWith("ScoringDriftGuard")) {
      say("  the locked status overrides the current models' result");
    }
  }

  private void otherModels(String shown) {
    List<String> others = new ArrayList<>();
    for (String prefix : OTHER_MODELS) {
      String status = text(prefix + "RatingStatus");
      double intercept = number(prefix + "NoteIntercept");
      if (prefix.equals(shown) || (status.isEmpty() && Double.isNaN(intercept))) {
        continue;
      }
      others.add(String.format(Locale.ROOT, "  %-24s %-28s intercept %s, factor %s", prefix,
          orDash(status), fmt(intercept), fmt(number(prefix + "NoteFactor1"))));
    }
    if (!others.isEmpty()) {
      say("");
      say("Other models:");
      lines.addAll(others);
    }
  }

  private List<String> rules(String column) {
    String value = text(column);
    return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
  }

  private String text(String column) {
    String value = note.get(column);
    return value == null ? "" : value;
  }

  private double number(String column) {
    return ScoredNotesColumns.parseDouble(note.get(column));
  }

  private static String value(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value;
  }

  private static String at(String millis) {
    if (millis.isEmpty() || millis.equals("-1")) {
      return "";
    }
    try {
      return " at " + java.time.Instant.ofEpochMilli(Long.parseLong(millis));
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.4f", v);
  }

  private void say(String format, Object... args) {
    lines.add(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }
}
