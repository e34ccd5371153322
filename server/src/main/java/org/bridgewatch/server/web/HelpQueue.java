package org.bridgewatch.server.web;

import java.util.Comparator;
import java.util.List;

/**
 * Picks the "Needs your help" notes: among notes the contributor may rate, first those that still
 * lack ratings from one side of the viewpoint axis (fewer than {@link #RATINGS_PER_SIDE} from the
 * contributor's own side when the contributor's factor is known, otherwise from either side), then
 * the most lopsided ones (ratings mostly from one side), then the fewest ratings, then the newest.
 * A bridging status needs agreement across sides, so these are the ratings that move a note.
 */
public final class HelpQueue {
  static final int RATINGS_PER_SIDE = 5;
  public static final int SIZE = 15;

  private HelpQueue() {}

  public static List<NoteCard> pick(List<NoteCard> rateable, Double myFactor) {
    Comparator<NoteCard> order = Comparator
        .comparing((NoteCard n) -> !lacksSide(n, myFactor))
        .thenComparing(n -> -lopsidedness(n))
        .thenComparingInt(NoteCard::ratings)
        .thenComparing(NoteCard::createdAtMillis, Comparator.reverseOrder());
    return rateable.stream().sorted(order).limit(SIZE).toList();
  }

  static boolean lacksSide(NoteCard n, Double myFactor) {
    if (myFactor == null || myFactor == 0) {
      return Math.min(n.leftRatings(), n.rightRatings()) < RATINGS_PER_SIDE;
    }
    return (myFactor < 0 ? n.leftRatings() : n.rightRatings()) < RATINGS_PER_SIDE;
  }

  /** 0 when both sides rated equally, 1 when only one side did (or none rated). */
  static double lopsidedness(NoteCard n) {
    int sided = n.leftRatings() + n.rightRatings();
    return sided == 0 ? 1.0 : Math.abs(n.leftRatings() - n.rightRatings()) / (double) sided;
  }
}
