package org.bridgewatch.scoring.safeguards;

import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;

/**
 * Which rating rows each extra final-scoring MF run of a scorer sees, and in what order. The
 * reference sorts final-scoring ratings (stably) by (highVolumeRater, correlatedRater) and then
 * slices views off that order; the order is kept here since it fixes the summation order of the MF
 * loss.
 *
 * <ul>
 *   <li>main run and population-sampled run: {@link #order} of the scorer's rows;
 *   <li>NoHighVol (rater engagement baseline): rows of raters not high volume;
 *   <li>NoCorrelated (rater independence baseline): rows of raters not correlated, the
 *       low-volume ones first;
 *   <li>PopulationSampled: rows with ratingSourceBucketed == POPULATION_SAMPLED, run with {@link
 *       PopulationSampledOptions}; when there are none the reference skips the run and the intercept
 *       is missing (NaN) for every note.
 * </ul>
 *
 * All inputs are the scorer's own filtered rows (after {@link PostSelectionFilter}); per-rater
 * flags come from {@link HighVolumeRaters#flagRaters} and {@link
 * RaterClusters#correlatedForFinalScoring}.
 */
public final class SafeguardSlices {
  private SafeguardSlices() {}

  /** Stable partition of rows into (low vol, uncorrelated), (low, correlated), (high, unc.), (high, corr.). */
  public static int[] order(
      RatingTable ratings, int[] rows, boolean[] highVolume, boolean[] correlated) {
    int[] out = new int[rows.length];
    int k = 0;
    for (int bucket = 0; bucket < 4; bucket++) {
      boolean wantHigh = bucket >= 2;
      boolean wantCorrelated = (bucket & 1) == 1;
      for (int r : rows) {
        int rater = ratings.rater[r];
        if (highVolume[rater] == wantHigh && correlated[rater] == wantCorrelated) {
          out[k++] = r;
        }
      }
    }
    return out;
  }

  /** Ordered rows without high-volume raters. */
  public static int[] noHighVolume(RatingTable ratings, int[] ordered, boolean[] highVolume) {
    return keep(ratings, ordered, highVolume, false);
  }

  /** Ordered rows without correlated raters. */
  public static int[] noCorrelated(RatingTable ratings, int[] ordered, boolean[] correlated) {
    return keep(ratings, ordered, correlated, false);
  }

  /** Ordered rows that were population sampled; empty means the run is skipped. */
  public static int[] populationSampled(RatingTable ratings, int[] ordered) {
    byte sampled = RatingSource.POPULATION_SAMPLED.code();
    int n = 0;
    for (int r : ordered) {
      if (ratings.source[r] == sampled) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int r : ordered) {
      if (ratings.source[r] == sampled) {
        out[k++] = r;
      }
    }
    return out;
  }

  private static int[] keep(RatingTable ratings, int[] ordered, boolean[] flag, boolean wanted) {
    int n = 0;
    for (int r : ordered) {
      if (flag[ratings.rater[r]] == wanted) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int r : ordered) {
      if (flag[ratings.rater[r]] == wanted) {
        out[k++] = r;
      }
    }
    return out;
  }
}
