package org.bridgewatch.scoring.prep;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.Arrays;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Applies post-selection-similarity clusters to ratings (the clusters themselves come from rater
 * clustering): a rater in a cluster loses every rating of a note written by a member of the same
 * cluster, and of the remaining ratings on one note by one cluster only the earliest counts.
 * Raters outside clusters are untouched. On test-sized data (fewer than 200 notes) nothing is
 * removed, as in the reference. Applied in prescoring and again in final scoring.
 */
public final class PostSelectionFilter {
  private PostSelectionFilter() {}

  /**
   * @param clusterOfParticipant per participant index, the cluster id or {@link Nulls#NO_INT}
   * @return the surviving rows, ascending
   */
  public static int[] apply(
      RatingTable ratings, NoteTable notes, int[] rows, int[] clusterOfParticipant) {
    if (notes.size < RatingPreprocessor.MIN_NUM_NOTES_FOR_PROD_DATA) {
      return rows;
    }
    int[] clustered =
        Arrays.stream(rows)
            .filter(r -> cluster(clusterOfParticipant, ratings.rater[r]) != Nulls.NO_INT)
            .toArray();
    // Earliest first per note; ties keep file order.
    IntArrays.stableSort(
        clustered,
        (a, b) -> {
          int byNote = Long.compare(ratings.noteId[a], ratings.noteId[b]);
          return byNote != 0
              ? byNote
              : Long.compare(ratings.createdAtMillis[a], ratings.createdAtMillis[b]);
        });
    boolean[] drop = new boolean[ratings.size];
    // Sorted by note, so the clusters already seen only need remembering within one note.
    IntOpenHashSet clustersOnNote = new IntOpenHashSet();
    long currentNote = 0;
    boolean first = true;
    for (int r : clustered) {
      if (first || ratings.noteId[r] != currentNote) {
        clustersOnNote.clear();
        currentNote = ratings.noteId[r];
        first = false;
      }
      int cluster = cluster(clusterOfParticipant, ratings.rater[r]);
      int note = ratings.note[r];
      int authorCluster =
          note < 0 ? Nulls.NO_INT : cluster(clusterOfParticipant, notes.author[note]);
      if (cluster == authorCluster) {
        drop[r] = true;
        continue;
      }
      if (!clustersOnNote.add(cluster)) {
        drop[r] = true;
      }
    }
    return Arrays.stream(rows).filter(r -> !drop[r]).toArray();
  }

  private static int cluster(int[] clusterOfParticipant, int participant) {
    return participant >= 0 && participant < clusterOfParticipant.length
        ? clusterOfParticipant[participant]
        : Nulls.NO_INT;
  }
}
