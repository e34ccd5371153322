package org.bridgewatch.server.web;

import java.util.List;
import org.bridgewatch.server.operator.DisplayPolicy;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Component;

/**
 * The display circuit breaker for the pages, in one place: every page that shows a note's status
 * asks here, and so follows {@link DisplayPolicy} with the same rule as the API (a visitor who is
 * not a signed-in contributor sees no real status while display is paused). A hidden status shows
 * as {@link DisplayPolicy#HIDDEN_STATUS}, without the score that would give it away; pages also
 * leave out what the API withholds (deciding model, status history, the rated-helpful list).
 */
@Component
public class StatusDisplay {
  private final DisplayPolicy policy;

  public StatusDisplay(DisplayPolicy policy) {
    this.policy = policy;
  }

  /**
   * What the current visitor may see, decided once per page so that one page never mixes hidden
   * and real statuses when an operator flips the switch mid-request.
   */
  public View forVisitor() {
    boolean hides = policy.hidesStatusFrom(CurrentContributor.orNull());
    return new View(hides || policy.paused(), hides);
  }

  /**
   * One page's view: {@code paused}, display is paused (contributors see statuses, with a notice);
   * {@code hidesStatus}, this visitor sees none.
   */
  public record View(boolean paused, boolean hidesStatus) {
    public NoteCard card(NoteCard card) {
      return hidesStatus ? card.withHiddenStatus(DisplayPolicy.HIDDEN_STATUS) : card;
    }

    public List<NoteCard> cards(List<NoteCard> cards) {
      return hidesStatus ? cards.stream().map(this::card).toList() : cards;
    }
  }
}
