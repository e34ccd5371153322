package org.bridgewatch.scoring.safeguards;

import java.util.List;
import java.util.concurrent.FutureTask;
import org.bridgewatch.scoring.parallel.Join;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * The reference's "rater clustering" output: per participant its post-selection group and its
 * quasi-clique (0 = none in both arrays).
 *
 * <p>The reference outer-joins the two, appends them to the prescoring rater table, and final
 * scoring then reads {@code [rater, postSelectionValue, quasiCliqueValue].dropna()}: only raters
 * in <em>both</em> a post-selection group and a quasi-clique survive. So prescoring and final
 * scoring see different sets; use the {@code forPrescoring} / {@code forFinalScoring} views.
 */
public record RaterClusters(
    int[] postSelectionValue, int[] quasiCliqueValue, List<QuasiClique> quasiCliques) {

  /** Runs both detectors with the reference defaults ("run rater clustering"). */
  public static RaterClusters compute(
      NoteTable notes, RatingTable ratings, boolean[] include, int[] rank) {
    return compute(notes, ratings, include, rank, 1);
  }

  /** As above, on {@code threads} threads where the work splits (same result for any count). */
  public static RaterClusters compute(
      NoteTable notes, RatingTable ratings, boolean[] include, int[] rank, int threads) {
    return compute(
        notes,
        ratings,
        include,
        rank,
        PostSelectionSimilarityOptions.DEFAULTS,
        QuasiCliqueOptions.DEFAULTS,
        threads);
  }

  public static RaterClusters compute(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      PostSelectionSimilarityOptions pssOptions,
      QuasiCliqueOptions cliqueOptions) {
    return compute(notes, ratings, include, rank, pssOptions, cliqueOptions, 1);
  }

  public static RaterClusters compute(
      NoteTable notes,
      RatingTable ratings,
      boolean[] include,
      int[] rank,
      PostSelectionSimilarityOptions pssOptions,
      QuasiCliqueOptions cliqueOptions,
      int threads) {
    // The two detectors only read the same inputs (the reference computes them independently and
    // outer-joins the results), so with threads to spare they run side by side: each one's
    // sequential stretches (grouping, clique growth) overlap the other's work.
    FutureTask<int[]> pssTask =
        new FutureTask<>(
            () ->
                PostSelectionSimilarity.postSelectionValues(
                    notes, ratings, include, rank, pssOptions, threads));
    if (threads > 1) {
      Thread.ofPlatform().name("post-selection-similarity").daemon().start(pssTask);
    } else {
      pssTask.run();
    }
    List<QuasiClique> cliques =
        QuasiCliqueDetection.detect(notes, ratings, include, rank, cliqueOptions, threads);
    int[] pss = Join.get(pssTask, "post selection similarity");
    return new RaterClusters(
        pss, QuasiCliqueDetection.quasiCliqueValues(cliques, rank.length), List.copyOf(cliques));
  }



  /** Correlated raters as prescoring flags them: any quasi-clique member. */
  public boolean[] correlatedForPrescoring() {
    boolean[] out = new boolean[quasiCliqueValue.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = quasiCliqueValue[p] > 0;
    }
    return out;
  }

  /** Correlated raters as final scoring flags them: quasi-clique members that also have a PSS group. */
  public boolean[] correlatedForFinalScoring() {
    boolean[] out = new boolean[quasiCliqueValue.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = quasiCliqueValue[p] > 0 && postSelectionValue[p] > 0;
    }
    return out;
  }

  /** PSS groups as prescoring applies them: all of them. */
  public int[] postSelectionForPrescoring() {
    return postSelectionValue.clone();
  }

  /** PSS groups as final scoring applies them: only for raters also in a quasi-clique. */
  public int[] postSelectionForFinalScoring() {
    int[] out = new int[postSelectionValue.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = quasiCliqueValue[p] > 0 ? postSelectionValue[p] : 0;
    }
    return out;
  }
}
