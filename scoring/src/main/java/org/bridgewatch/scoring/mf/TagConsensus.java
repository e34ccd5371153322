package org.bridgewatch.scoring.mf;

import java.util.Arrays;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/**
 * Tag consensus (ranking-notes "harassment/abuse tag consensus"): a matrix factorization of
 * whether a rating used one tag, so that a high note intercept means raters of differing
 * viewpoints agree on the tag. Logistic loss with the rare positive class up-weighted by
 * (1 - positive rate) / positive rate, default lambdas, started from the helpfulness model's
 * factors doubled and zero intercepts, factors flipped for identification.
 *
 * <p>Labels, as in the reference: only ratings made since tags last changed (2021-12-15); a
 * rating with the tag is positive; a rating of the opposite valence (Helpful for a not-helpful
 * tag), or of the same valence with the "other" tag but not this one, is negative; other ratings
 * are dropped; then the usual min-ratings filter (notes 5, raters 10, notes 5 again).
 */
public final class TagConsensus {
  public static final long LAST_RATING_TAGS_CHANGE_MILLIS = 1639699200000L;
  public static final int MIN_RATINGS_PER_RATER = 10;
  public static final int MIN_RATERS_PER_NOTE = 5;

  /**
   * The tag model's logistic fit is only read through harassment intercepts far above zero (the
   * penalty starts at 2.0), so it stops at a looser parameter change than the helpfulness model;
   * notes whose labels are all negative otherwise creep towards minus infinity for thousands of
   * sweeps without changing any outcome.
   */
  static final double TOLERANCE = 1e-5;

  static final int MAX_SWEEPS = 500;

  private TagConsensus() {}

  /**
   * Per note and rater index (of the caller's spaces), NaN where the entity was not in the model
   * or training was aborted (no labeled data, or every label the same); {@code globalIntercept}
   * NaN when aborted.
   */
  public record TagModel(
      float[] noteIntercept,
      float[] noteFactor,
      float[] raterIntercept,
      float[] raterFactor,
      float globalIntercept) {
    public boolean trained() {
      return !Float.isNaN(globalIntercept);
    }
  }

  /**
   * @param ratings the rating table; {@code rows} picks the ratings to use (the reference passes
   *     ratings filtered by pre-harassment helpfulness scores); rows whose note index is negative
   *     are skipped
   * @param helpfulNoteFactor the helpfulness model's note factors per note index (NaN = absent)
   * @param helpfulRaterFactor likewise per rater index
   * @param options seed and threads are used; the objective is the tag model's own
   */
  public static TagModel train(RatingTable ratings, int[] rows, RatingTag tag, int nNotes,
      int nRaters, float[] helpfulNoteFactor, float[] helpfulRaterFactor, MfOptions options) {
    int[] labeled = new int[rows.length];
    java.util.BitSet positive = new java.util.BitSet(ratings.size);
    int count = 0;
    for (int r : rows) {
      if (ratings.note[r] < 0 || ratings.createdAtMillis[r] < LAST_RATING_TAGS_CHANGE_MILLIS) {
        continue;
      }
      int y = label(ratings, r, tag);
      if (y >= 0) {
        positive.set(r, y == 1);
        labeled[count++] = r;
      }
    }
    int[] kept = minRatingsFilter(ratings, Arrays.copyOf(labeled, count), nNotes, nRaters);
    TagModel aborted = aborted(nNotes, nRaters);
    if (kept.length == 0) {
      return aborted;
    }
    long positives = 0;
    for (int r : kept) {
      positives += positive.get(r) ? 1 : 0;
    }
    double posRate = (double) positives / kept.length;
    if (posRate == 0 || posRate == 1) {
      return aborted;
    }

    int[] noteOf = new int[nNotes];
    int[] raterOf = new int[nRaters];
    Arrays.fill(noteOf, -1);
    Arrays.fill(raterOf, -1);
    int[] noteBack = new int[nNotes];
    int[] raterBack = new int[nRaters];
    int mNotes = 0;
    int mRaters = 0;
    int[] note = new int[kept.length];
    int[] rater = new int[kept.length];
    float[] target = new float[kept.length];
    for (int i = 0; i < kept.length; i++) {
      int r = kept[i];
      int n = ratings.note[r];
      int u = ratings.rater[r];
      if (noteOf[n] < 0) {
        noteBack[mNotes] = n;
        noteOf[n] = mNotes++;
      }
      if (raterOf[u] < 0) {
        raterBack[mRaters] = u;
        raterOf[u] = mRaters++;
      }
      note[i] = noteOf[n];
      rater[i] = raterOf[u];
      target[i] = positive.get(r) ? 1f : 0f;
    }
    MfProblem problem = MfProblem.of(mNotes, mRaters, note, rater, target);
    float[] noteFactorInit = new float[mNotes];
    float[] raterFactorInit = new float[mRaters];
    for (int i = 0; i < mNotes; i++) {
      noteFactorInit[i] = doubled(helpfulNoteFactor, noteBack[i]);
    }
    for (int i = 0; i < mRaters; i++) {
      raterFactorInit[i] = doubled(helpfulRaterFactor, raterBack[i]);
    }
    MfInit init = new MfInit(new float[mNotes], noteFactorInit, new float[mRaters],
        raterFactorInit, null);
    MfOptions tagOptions = MfOptions.defaults()
        .withLoss(MfLoss.logistic((1 - posRate) / posRate))
        .withSeed(options.seed())
        .withThreads(options.threads())
        .withConvergence(TOLERANCE, MAX_SWEEPS);
    MfParams fit = MatrixFactorizer.fit(problem, tagOptions, init, true).params();

    TagModel out = aborted(nNotes, nRaters);
    for (int i = 0; i < mNotes; i++) {
      out.noteIntercept()[noteBack[i]] = fit.noteIntercept[i];
      out.noteFactor()[noteBack[i]] = fit.noteFactor[i];
    }
    for (int i = 0; i < mRaters; i++) {
      out.raterIntercept()[raterBack[i]] = fit.raterIntercept[i];
      out.raterFactor()[raterBack[i]] = fit.raterFactor[i];
    }
    return new TagModel(out.noteIntercept(), out.noteFactor(), out.raterIntercept(),
        out.raterFactor(), fit.globalIntercept);
  }

  /** 1 positive, 0 negative, -1 unlabeled. */
  static int label(RatingTable ratings, int r, RatingTag tag) {
    HelpfulnessLevel opposite = tag.helpful ? HelpfulnessLevel.NOT_HELPFUL : HelpfulnessLevel.HELPFUL;
    RatingTag sameValenceOther = tag.helpful ? RatingTag.HELPFUL_OTHER : RatingTag.NOT_HELPFUL_OTHER;
    if (ratings.hasTag(r, tag)) {
      return 1;
    }
    if (ratings.level[r] == opposite.code() || ratings.hasTag(r, sameValenceOther)) {
      return 0;
    }
    return -1;
  }

  private static float doubled(float[] factor, int index) {
    float f = factor == null ? Float.NaN : factor[index];
    return Float.isNaN(f) ? 0f : 2f * f;
  }

  private static TagModel aborted(int nNotes, int nRaters) {
    float[] a = new float[nNotes];
    float[] b = new float[nNotes];
    float[] c = new float[nRaters];
    float[] d = new float[nRaters];
    Arrays.fill(a, Float.NaN);
    Arrays.fill(b, Float.NaN);
    Arrays.fill(c, Float.NaN);
    Arrays.fill(d, Float.NaN);
    return new TagModel(a, b, c, d, Float.NaN);
  }

  /** The reference's filter_ratings: notes, then raters, then notes again (no iteration). */
  static int[] minRatingsFilter(RatingTable ratings, int[] rows, int nNotes, int nRaters) {
    rows = keepByCount(rows, ratings.note, nNotes, MIN_RATERS_PER_NOTE);
    rows = keepByCount(rows, ratings.rater, nRaters, MIN_RATINGS_PER_RATER);
    return keepByCount(rows, ratings.note, nNotes, MIN_RATERS_PER_NOTE);
  }

  private static int[] keepByCount(int[] rows, int[] key, int keys, int min) {
    int[] count = new int[keys];
    for (int r : rows) {
      count[key[r]]++;
    }
    int m = 0;
    int[] out = new int[rows.length];
    for (int r : rows) {
      if (count[key[r]] >= min) {
        out[m++] = r;
      }
    }
    return Arrays.copyOf(out, m);
  }
}
