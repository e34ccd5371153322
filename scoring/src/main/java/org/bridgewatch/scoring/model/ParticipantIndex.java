package org.bridgewatch.scoring.model;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Interns participant ids (authors, raters, enrolled users) to dense ints shared by every table of
 * one {@link ScoringInput}. Index order is first-seen order, so it depends only on the input
 * files, never on threads.
 */
public final class ParticipantIndex {
  private final Object2IntOpenHashMap<String> byId = new Object2IntOpenHashMap<>();
  private final List<String> ids = new ArrayList<>();

  public ParticipantIndex() {
    byId.defaultReturnValue(-1);
  }

  /** Returns the index of {@code id}, adding it if new. */
  public int intern(String id) {
    int idx = byId.getInt(id);
    if (idx < 0) {
      idx = ids.size();
      byId.put(id, idx);
      ids.add(id);
    }
    return idx;
  }

  /** Returns the index of {@code id}, or -1 when unknown. */
  public int indexOf(String id) {
    return byId.getInt(id);
  }

  public String id(int index) {
    return ids.get(index);
  }

  public int size() {
    return ids.size();
  }
}
