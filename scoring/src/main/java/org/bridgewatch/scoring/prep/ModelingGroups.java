package org.bridgewatch.scoring.prep;

import java.util.Set;
import java.util.TreeSet;

/** The reference's modeling-group sets (userEnrollment.modelingGroup values). */
public final class ModelingGroups {
  public static final Set<Integer> CORE = Set.of(1, 2, 3, 6, 8, 9, 10, 11, 13, 14, 19, 21, 25);
  public static final Set<Integer> EXPANSION =
      Set.of(0, 4, 5, 7, 12, 15, 16, 20, 22, 23, 24, 26, 27, 28, 29, 33);
  public static final Set<Integer> EXPANSION_PLUS = Set.of(17, 18, 30, 31, 32);

  private ModelingGroups() {}

  @SafeVarargs
  static Set<Integer> union(Set<Integer>... sets) {
    TreeSet<Integer> all = new TreeSet<>();
    for (Set<Integer> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
}
