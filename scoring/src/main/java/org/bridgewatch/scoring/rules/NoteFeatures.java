package org.bridgewatch.scoring.rules;

import java.util.Arrays;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;

/**
 * Everything the rules read about a note, one row per scored note (the reference's {@code
 * noteStats} frame inside {@code compute_scored_notes}). Model columns are float32 with NaN for
 * "no value". Optional columns are null when the reference would not have the column at all, and
 * the rule reading such a column is then left out or never matches.
 */
public final class NoteFeatures {
  /** Note index (NoteTable row) of each row. */
  public final int[] note;
  /** {@link Classification#code()} or {@link Nulls#NO_CODE} (deleted notes count as misleading). */
  public final byte[] classification;
  /** Status from the previous run's noteStatusHistory (currentStatus), for CRH inertia. */
  public final byte[] currentStatus;

  public final float[] intercept;
  public final float[] factor;
  /** Pseudo-rater bounds; null when the scorer ran without pseudo-raters. */
  public final float[] interceptMin;

  public final float[] interceptMax;
  /** Safeguard intercepts; null when not computed (prescoring, or the sub-runs themselves). */
  public final float[] interceptNoHighVol;

  public final float[] interceptNoCorrelated;
  public final float[] interceptPopulationSampled;
  /** Low-diligence intercept; present in the final round only. */
  public final float[] lowDiligenceIntercept;

  public final NoteRatingStats stats;
  public final RaterSignCounts signs;
  /** Final round only. */
  public final TagAggregates tags;
  /** Final round only. */
  public final IncorrectAggregates incorrect;

  private NoteFeatures(Builder b) {
    note = b.note;
    classification = b.classification;
    currentStatus = b.currentStatus;
    intercept = b.intercept;
    factor = b.factor;
    interceptMin = b.interceptMin;
    interceptMax = b.interceptMax;
    interceptNoHighVol = b.interceptNoHighVol;
    interceptNoCorrelated = b.interceptNoCorrelated;
    interceptPopulationSampled = b.interceptPopulationSampled;
    lowDiligenceIntercept = b.lowDiligenceIntercept;
    stats = b.stats;
    signs = b.signs;
    tags = b.tags;
    incorrect = b.incorrect;
  }

  public int size() {
    return note.length;
  }

  public int numRatings(int row) {
    return stats.numRatings[row];
  }

  /** Only an explicit "not misleading" classification counts; unknown (deleted) notes do not. */
  public boolean saysNotMisleading(int row) {
    return classification[row] == Classification.NOT_MISLEADING.code();
  }

  public boolean wasCrh(int row) {
    return currentStatus[row] == NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  }

  /** A builder whose unset columns default to "no value" (tests build tables by hand with it). */
  public static Builder builder(int rows) {
    return new Builder(rows);
  }

  /** Fills a {@link NoteFeatures}; arrays are taken as-is, not copied. */
  public static final class Builder {
    private final int rows;
    private int[] note;
    private byte[] classification;
    private byte[] currentStatus;
    private float[] intercept;
    private float[] factor;
    private float[] interceptMin;
    private float[] interceptMax;
    private float[] interceptNoHighVol;
    private float[] interceptNoCorrelated;
    private float[] interceptPopulationSampled;
    private float[] lowDiligenceIntercept;
    private NoteRatingStats stats;
    private RaterSignCounts signs;
    private TagAggregates tags;
    private IncorrectAggregates incorrect;

    private Builder(int rows) {
      this.rows = rows;
    }

    public Builder notes(int[] v) {
      note = check(v.length, v);
      return this;
    }

    public Builder classification(byte[] v) {
      classification = check(v.length, v);
      return this;
    }

    public Builder currentStatus(byte[] v) {
      currentStatus = check(v.length, v);
      return this;
    }

    public Builder intercept(float[] v) {
      intercept = check(v.length, v);
      return this;
    }

    public Builder factor(float[] v) {
      factor = check(v.length, v);
      return this;
    }

    public Builder interceptBounds(float[] min, float[] max) {
      interceptMin = min == null ? null : check(min.length, min);
      interceptMax = max == null ? null : check(max.length, max);
      return this;
    }

    public Builder interceptNoHighVol(float[] v) {
      interceptNoHighVol = v == null ? null : check(v.length, v);
      return this;
    }

    public Builder interceptNoCorrelated(float[] v) {
      interceptNoCorrelated = v == null ? null : check(v.length, v);
      return this;
    }

    public Builder interceptPopulationSampled(float[] v) {
      interceptPopulationSampled = v == null ? null : check(v.length, v);
      return this;
    }

    public Builder lowDiligenceIntercept(float[] v) {
      lowDiligenceIntercept = v == null ? null : check(v.length, v);
      return this;
    }

    public Builder stats(NoteRatingStats v) {
      stats = check(v.numRatings.length, v);
      return this;
    }

    public Builder signs(RaterSignCounts v) {
      signs = check(v.minSignCount.length, v);
      return this;
    }

    public Builder tags(TagAggregates v) {
      tags = v == null ? null : check(v.size(), v);
      return this;
    }

    public Builder incorrect(IncorrectAggregates v) {
      incorrect = v == null ? null : check(v.numVotersInterval.length, v);
      return this;
    }

    public NoteFeatures build() {
      if (note == null) {
        note = new int[rows];
        Arrays.setAll(note, i -> i);
      }
      if (classification == null) {
        classification = new byte[rows];
        Arrays.fill(classification, Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code());
      }
      if (currentStatus == null) {
        currentStatus = new byte[rows];
        Arrays.fill(currentStatus, Nulls.NO_CODE);
      }
      if (intercept == null) {
        intercept = nan(rows);
      }
      if (factor == null) {
        factor = nan(rows);
      }
      if (stats == null) {
        stats = NoteRatingStats.zeros(rows);
      }
      if (signs == null) {
        signs = RaterSignCounts.zeros(rows);
      }
      return new NoteFeatures(this);
    }

    private <T> T check(int length, T value) {
      if (length != rows) {
        throw new IllegalArgumentException("column has " + length + " rows, expected " + rows);
      }
      return value;
    }

    private static float[] nan(int n) {
      float[] a = new float[n];
      Arrays.fill(a, Float.NaN);
      return a;
    }
  }
}
