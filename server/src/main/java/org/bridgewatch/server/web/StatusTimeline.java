package org.bridgewatch.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bridgewatch.server.notes.StatusHistory;
import org.bridgewatch.server.notes.StatusReasons;

/**
 * A note's status history as a timeline of dated steps, each with a plain-language reason, built
 * from the noteStatusHistory row: written, first status, latest status, current status, lock.
 * The row keeps only these milestones, so steps between them are not shown.
 */
public final class StatusTimeline {
  private StatusTimeline() {}

  /** One step: when, what the status became, and why. */
  public record Step(long atMillis, String title, String status, String reason) {
    public String statusCss() {
      return StatusLabels.css(status);
    }
  }

  public static List<Step> of(long createdAtMillis, StatusHistory history) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(createdAtMillis, "Written", "NEEDS_MORE_RATINGS",
        "The note was written. " + StatusReasons.explain(null, null, null)));
    if (history == null) {
      return steps;
    }
    Map<String, Object> c = history.columns();
    add(steps, c, "timestampMillisOfFirstNonNMRStatus", "firstNonNMRStatus", "First status");
    add(steps, c, "timestampMillisOfLatestNonNMRStatus", "mostRecentNonNMRStatus", "Status changed");
    Long nmrForStability = millis(c.get("timestampMillisOfNmrDueToMinStableCrhTime"));
    if (nmrForStability != null && nmrForStability > 0) {
      steps.add(new Step(nmrForStability, "Waiting for a stable rating", "NEEDS_MORE_RATINGS",
          "The note scored as helpful, but is shown only after it stays helpful for a while;"
              + " until then it needs more ratings."));
    }
    Long currentAt = millis(c.get("timestampMillisOfCurrentStatus"));
    String current = (String) c.get("currentStatus");
    if (currentAt != null && current != null && !present(steps, currentAt, current)) {
      steps.add(new Step(currentAt, "Current status", current,
          StatusReasons.explain(current, null, (String) c.get("currentDecidedBy"))));
    }
    Long lockedAt = millis(c.get("timestampMillisOfStatusLock"));
    String locked = (String) c.get("lockedStatus");
    if (lockedAt != null && locked != null && !locked.isEmpty()) {
      steps.add(new Step(lockedAt, "Status locked", locked,
          "Notes stop changing status two weeks after they are written; this one stays "
              + StatusLabels.label(locked).toLowerCase(java.util.Locale.ROOT) + "."));
    }
    steps.sort(Comparator.comparingLong(Step::atMillis));
    return steps;
  }

  private static void add(List<Step> steps, Map<String, Object> c, String timeColumn, String statusColumn,
      String title) {
    Long at = millis(c.get(timeColumn));
    String status = (String) c.get(statusColumn);
    if (at == null || at <= 0 || status == null || status.isEmpty() || present(steps, at, status)) {
      return;
    }
    steps.add(new Step(at, title + ": " + StatusLabels.label(status), status, StatusReasons.explain(status, null, null)));
  }

  private static boolean present(List<Step> steps, long at, String status) {
    return steps.stream().anyMatch(s -> s.atMillis() == at && Objects.equals(s.status(), status));
  }

  private static Long millis(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }
}
