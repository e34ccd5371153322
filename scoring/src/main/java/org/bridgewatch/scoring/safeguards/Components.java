package org.bridgewatch.scoring.safeguards;

/**
 * Connected components of the suspect-pair graph ("aggregate into cliques"): the reference merges
 * pairs into groups whenever they share a member, which is union-find. Its group numbers follow
 * hash-set iteration order; here groups are numbered 1.. by their lowest-ranked member, which
 * changes only the labels, never who is grouped with whom.
 */
final class Components {
  private final int[] parent;
  private final boolean[] member;

  Components(int participantCount) {
    parent = new int[participantCount];
    member = new boolean[participantCount];
    for (int i = 0; i < participantCount; i++) {
      parent[i] = i;
    }
  }

  void link(int a, int b) {
    member[a] = true;
    member[b] = true;
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Per participant: its component number (1..), or 0 when in no pair. */
  int[] labels(int[] rank) {
    int n = parent.length;
    int[] byRank = new int[n];
    for (int p = 0; p < n; p++) {
      byRank[rank[p]] = p;
    }
    int[] rootLabel = new int[n];
    int[] labels = new int[n];
    int next = 1;
    for (int i = 0; i < n; i++) {
      int p = byRank[i];
      if (!member[p]) {
        continue;
      }
      int root = find(p);
      if (rootLabel[root] == 0) {
        rootLabel[root] = next++;
      }
      labels[p] = rootLabel[root];
    }
    return labels;
  }
}
