package org.bridgewatch.server.operator;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.server.security.Contributor;
import org.springframework.stereotype.Component;

/**
 * The display circuit breaker. While an operator has paused display, readers who are not signed-in
 * contributors see every note as NEEDS_MORE_RATINGS: no note shows as helpful or not helpful to the
 * public. Contributors still see real statuses (they keep rating), and the data itself (scoring,
 * the export) is untouched. Pages and API responses that show a status ask {@link #shownStatus}.
 */
@Component
public class DisplayPolicy {
  public static final String HIDDEN_STATUS = NoteStatus.NEEDS_MORE_RATINGS.name();

  private final ServerSettings settings;

  public DisplayPolicy(ServerSettings settings) {
    this.settings = settings;
  }

  /** Whether an operator has paused display now (contributors still see statuses). */
  public boolean paused() {
    return settings.displayPaused();
  }

  /** Whether {@code viewer} (null: anonymous) must not see real statuses now. */
  public boolean hidesStatusFrom(Contributor viewer) {
    return viewer == null && settings.displayPaused();
  }

  /** The status to show {@code viewer}. */
  public String shownStatus(String status, Contributor viewer) {
    return hidesStatusFrom(viewer) ? HIDDEN_STATUS : status;
  }
}
