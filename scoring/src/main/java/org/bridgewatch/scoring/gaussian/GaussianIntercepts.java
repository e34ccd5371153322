package org.bridgewatch.scoring.gaussian;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Both kernel passes over a run's ratings and their combination (the reference's {@code
 * _calculate_gaussian_scores}): the CRH pass (author rows included) gives a helpfulness intercept
 * in [0.05, 0.8], or 0 without enough kernel weight; the CRNH pass (no author rows) a
 * not-helpfulness one in [-0.65, -0.25], or 0. The note's intercept is whichever is larger in
 * magnitude, the CRH one on ties. The note factor is the CRH pass's mean signed rater factor.
 *
 * <p>Notes are independent, so they are computed in parallel chunks; results do not depend on the
 * thread count.
 */
final class GaussianIntercepts {
  private static final int CHUNK = 256;

  /** Per local note of {@link NoteRatings}. */
  final float[] intercept;
  final float[] crhIntercept;
  final float[] crnhIntercept;
  final double[] factor;

  private GaussianIntercepts(int notes) {
    intercept = new float[notes];
    crhIntercept = new float[notes];
    crnhIntercept = new float[notes];
    factor = new double[notes];
  }

  static GaussianIntercepts compute(NoteRatings ratings, GaussianOptions o, ForkJoinPool pool) {
    int notes = ratings.noteCount();
    GaussianIntercepts out = new GaussianIntercepts(notes);
    int chunks = (notes + CHUNK - 1) / CHUNK;
    Runnable work =
        () ->
            IntStream.range(0, chunks)
                .parallel()
                .forEach(c -> out.computeChunk(ratings, o, c * CHUNK, Math.min(notes, (c + 1) * CHUNK)));
    if (pool == null) {
      for (int c = 0; c < chunks; c++) {
        out.computeChunk(ratings, o, c * CHUNK, Math.min(notes, (c + 1) * CHUNK));
      }
    } else {
      pool.submit(work).join();
    }
    return out;
  }

  private void computeChunk(NoteRatings r, GaussianOptions o, int from, int to) {
    KernelPass crh = new KernelPass(o.crhParams(), o.crhBins());
    KernelPass crnh = new KernelPass(o.crnhParams(), o.crnhBins());
    int maxBins = Math.max(crh.bins(), crnh.bins());
    float[] curve = new float[maxBins];
    float[] scratch = new float[maxBins];
    for (int k = from; k < to; k++) {
      factor[k] = crh.curve(r.helpful, r.factor, r.start[k], r.end(k, true), null, curve);
      crhIntercept[k] = KernelPass.geometricMean(curve, crh.bins(), scratch);
      crnh.curve(r.helpful, r.factor, r.start[k], r.end(k, false), null, curve);
      crnhIntercept[k] = -KernelPass.geometricMean(curve, crnh.bins(), scratch);
      intercept[k] = combine(crhIntercept[k], crnhIntercept[k]);
    }
  }

  /** The CRNH intercept when strictly larger in magnitude, else the CRH one. */
  static float combine(float crh, float crnh) {
    return Math.abs(crh) < Math.abs(crnh) ? crnh : crh;
  }

  /** Spreads a local column to note indexes, NaN elsewhere. */
  static float[] toGlobal(NoteRatings ratings, float[] local, int noteCount) {
    float[] out = new float[noteCount];
    Arrays.fill(out, Float.NaN);
    for (int k = 0; k < local.length; k++) {
      out[ratings.globalNote[k]] = local[k];
    }
    return out;
  }
}
