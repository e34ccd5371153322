package org.bridgewatch.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bridgewatch.server.notes.StatusChange;
import org.bridgewatch.server.notes.StatusHistory;
import org.bridgewatch.server.notes.StatusReasons;

/**
 * A note's status history as a timeline of dated steps, each with a plain-language reason: when it
 * was written, then every status change the scoring runs recorded (note_status_changes), plus the
 * start of a wait to be shown and the lock from the noteStatusHistory row. A note scored only
 * before changes were recorded (or whose history was imported) has no change rows; its timeline
 * falls back to the row's milestones (first, latest and current status).
 */
public final class StatusTimeline {
  private StatusTimeline() {}

  /**
   * One step: when, what the status became (and was, for a recorded change), why, and which rule
   * and run decided it (null where the step is not a recorded change).
   */
  public record Step(long atMillis, String title, String status, String reason, String previousStatus,
      String decidedBy, Long runId) {
    static Step milestone(long atMillis, String title, String status, String reason) {
      return new Step(atMillis, title, status, reason, null, null, null);
    }

    public String statusCss() {
      return StatusLabels.css(status);
    }
  }

  public static List<Step> of(long createdAtMillis, StatusHistory history, List<StatusChange> changes) {
    List<Step> steps = new ArrayList<>();
    steps.add(Step.milestone(createdAtMillis, "Written", "NEEDS_MORE_RATINGS",
        "The note was written. " + StatusReasons.explain(null, null, null)));
    if (history == null) {
      return steps;
    }
    Map<String, Object> c = history.columns();
    if (changes.isEmpty()) {
      milestones(steps, c);
    }
    for (StatusChange change : changes) {
      steps.add(new Step(change.changedAtMillis(), "Status changed", change.newStatus(),
          change.reason(), change.oldStatus(), change.decidedBy(), change.runId()));
    }
    Long waitingSince = millis(c.get("timestampMillisOfNmrDueToMinStableCrhTime"));
    if (waitingSince != null && waitingSince > 0) {
      steps.add(Step.milestone(waitingSince, "Waiting to be shown", "NEEDS_MORE_RATINGS",
          "The note scored as helpful, but is shown only after it stays helpful for a while;"
              + " until then it needs more ratings."));
    }
    Long lockedAt = millis(c.get("timestampMillisOfStatusLock"));
    String locked = (String) c.get("lockedStatus");
    if (lockedAt != null && locked != null && !locked.isEmpty()) {
      steps.add(Step.milestone(lockedAt, "Status locked", locked,
          "Notes stop changing status two weeks after they are written; this one stays "
              + StatusLabels.label(locked).toLowerCase(Locale.ROOT) + "."));
    }
    steps.sort(Comparator.comparingLong(Step::atMillis));
    return steps;
  }

  /** The history row's own milestones, for notes without recorded changes. */
  private static void milestones(List<Step> steps, Map<String, Object> c) {
    add(steps, c, "timestampMillisOfFirstNonNMRStatus", "firstNonNMRStatus", "First status");
    add(steps, c, "timestampMillisOfLatestNonNMRStatus", "mostRecentNonNMRStatus", "Status changed");
    Long currentAt = millis(c.get("timestampMillisOfCurrentStatus"));
    String current = (String) c.get("currentStatus");
    if (currentAt != null && current != null && !present(steps, currentAt, current)) {
      steps.add(Step.milestone(currentAt, "Current status", current,
          StatusReasons.explain(current, null, (String) c.get("currentDecidedBy"))));
    }
  }

  private static void add(List<Step> steps, Map<String, Object> c, String timeColumn, String statusColumn,
      String title) {
    Long at = millis(c.get(timeColumn));
    String status = (String) c.get(statusColumn);
    if (at == null || at <= 0 || status == null || status.isEmpty() || present(steps, at, status)) {
      return;
    }
    steps.add(Step.milestone(at, title + ": " + StatusLabels.label(status), status,
        StatusReasons.explain(status, null, null)));
  }

  private static boolean present(List<Step> steps, long at, String status) {
    return steps.stream().anyMatch(s -> s.atMillis() == at && Objects.equals(s.status(), status));
  }

  private static Long millis(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }
}
