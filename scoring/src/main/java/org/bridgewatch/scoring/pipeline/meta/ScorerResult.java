package org.bridgewatch.scoring.pipeline.meta;

import java.util.Arrays;
import java.util.Objects;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;

/**
 * One scorer's per-note output, columnar and indexed by {@code NoteTable} row. A note the scorer
 * did not score has status {@link Nulls#NO_CODE} and NaN numbers. Statuses are {@link
 * NoteStatus#code()} and may include FIRM_REJECT and NEEDS_YOUR_HELP.
 *
 * <p>Optional columns are null when the scorer does not produce them: the population-sampled
 * columns come from the core model only, {@link #topicNoteConfident} from topic models only.
 */
public final class ScorerResult {
  public final ScorerKind kind;
  /** Modeling group (group kinds) or multi-group id; {@link Nulls#NO_INT} otherwise. */
  public final int groupId;
  /** Topic name as in noteTopic ("UkraineConflict", ...) for {@link ScorerKind#TOPIC}; else null. */
  public final String topic;
  /** The model's CRH intercept threshold (get_crh_threshold); NaN when not given. */
  public final double crhThreshold;

  public final int size;
  public final byte[] status;
  public final double[] intercept;
  public final double[] factor;
  /** The model's internal active rules, comma-joined; null entries when absent. */
  public final String[] activeRules;
  public final int[] numFinalRoundRatings;
  public final double[] interceptPopulationSampled;
  /** Intercept without high-volume raters (safeguard baseline), or null when not kept. */
  public final double[] interceptNoHighVol;
  /** Intercept without correlated raters (safeguard baseline), or null when not kept. */
  public final double[] interceptNoCorrelated;
  public final int[] negFactorPopulationSampledRatingCount;
  public final int[] posFactorPopulationSampledRatingCount;
  /** 1 confident, 0 not confident, {@link Nulls#NO_CODE} unknown. */
  public final byte[] topicNoteConfident;

  private ScorerResult(Builder b) {
    this.kind = b.kind;
    this.groupId = b.groupId;
    this.topic = b.topic;
    this.crhThreshold = b.crhThreshold;
    this.size = b.status.length;
    this.status = b.status;
    this.intercept = b.intercept;
    this.factor = b.factor;
    this.activeRules = b.activeRules;
    this.numFinalRoundRatings = b.numFinalRoundRatings;
    this.interceptPopulationSampled = b.interceptPopulationSampled;
    this.interceptNoHighVol = b.interceptNoHighVol;
    this.interceptNoCorrelated = b.interceptNoCorrelated;
    this.negFactorPopulationSampledRatingCount = b.negFactorPopulationSampledRatingCount;
    this.posFactorPopulationSampledRatingCount = b.posFactorPopulationSampledRatingCount;
    this.topicNoteConfident = b.topicNoteConfident;
  }

  /** Whether this scorer produced a status for note row {@code note}. */
  public boolean scored(int note) {
    return status[note] != Nulls.NO_CODE;
  }

  /** Starts a result for {@code noteCount} notes, every note unscored. */
  public static Builder builder(ScorerKind kind, int noteCount) {
    return new Builder(kind, noteCount);
  }

  /** Fills columns; every array must have one entry per note. */
  public static final class Builder {
    private final ScorerKind kind;
    private final int size;
    private int groupId = Nulls.NO_INT;
    private String topic;
    private double crhThreshold = Double.NaN;
    private byte[] status;
    private double[] intercept;
    private double[] factor;
    private String[] activeRules;
    private int[] numFinalRoundRatings;
    private double[] interceptPopulationSampled;
    private double[] interceptNoHighVol;
    private double[] interceptNoCorrelated;
    private int[] negFactorPopulationSampledRatingCount;
    private int[] posFactorPopulationSampledRatingCount;
    private byte[] topicNoteConfident;

    private Builder(ScorerKind kind, int size) {
      this.kind = Objects.requireNonNull(kind);
      this.size = size;
      this.status = new byte[size];
      Arrays.fill(status, Nulls.NO_CODE);
      this.intercept = nanColumn(size);
      this.factor = nanColumn(size);
      this.activeRules = new String[size];
      this.numFinalRoundRatings = new int[size];
      Arrays.fill(numFinalRoundRatings, Nulls.NO_INT);
    }

    public Builder groupId(int groupId) {
      this.groupId = groupId;
      return this;
    }

    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    public Builder crhThreshold(double crhThreshold) {
      this.crhThreshold = crhThreshold;
      return this;
    }

    public Builder status(byte[] status) {
      this.status = sized(status);
      return this;
    }

    public Builder intercept(double[] intercept) {
      this.intercept = sized(intercept);
      return this;
    }

    public Builder factor(double[] factor) {
      this.factor = sized(factor);
      return this;
    }

    public Builder activeRules(String[] activeRules) {
      this.activeRules = sized(activeRules);
      return this;
    }

    public Builder numFinalRoundRatings(int[] numFinalRoundRatings) {
      this.numFinalRoundRatings = sized(numFinalRoundRatings);
      return this;
    }

    public Builder interceptPopulationSampled(double[] values) {
      this.interceptPopulationSampled = sized(values);
      return this;
    }

    /** The safeguard baselines' intercepts (without high-volume / correlated raters). */
    public Builder safeguardIntercepts(double[] noHighVol, double[] noCorrelated) {
      this.interceptNoHighVol = sized(noHighVol);
      this.interceptNoCorrelated = sized(noCorrelated);
      return this;
    }

    /** Per-sign counts of population-sampled ratings (core model's auxiliary output). */
    public Builder populationSampledRatingCounts(int[] negFactor, int[] posFactor) {
      this.negFactorPopulationSampledRatingCount = sized(negFactor);
      this.posFactorPopulationSampledRatingCount = sized(posFactor);
      return this;
    }

    public Builder topicNoteConfident(byte[] confident) {
      this.topicNoteConfident = sized(confident);
      return this;
    }

    /** Sets one note's status and numbers; convenient for small inputs and tests. */
    public Builder note(int note, NoteStatus status, double intercept, double factor) {
      this.status[note] = NoteStatus.codeOf(status);
      this.intercept[note] = intercept;
      this.factor[note] = factor;
      return this;
    }

    public ScorerResult build() {
      if ((kind == ScorerKind.TOPIC) != (topic != null)) {
        throw new IllegalArgumentException("a topic is required for, and only for, TOPIC results");
      }
      if (kind.isGroupLike() && groupId == Nulls.NO_INT) {
        throw new IllegalArgumentException(kind + " results need a groupId");
      }
      return new ScorerResult(this);
    }

    private static double[] nanColumn(int size) {
      double[] column = new double[size];
      Arrays.fill(column, Double.NaN);
      return column;
    }

    private byte[] sized(byte[] column) {
      check(column.length);
      return column;
    }

    private double[] sized(double[] column) {
      check(column.length);
      return column;
    }

    private int[] sized(int[] column) {
      check(column.length);
      return column;
    }

    private String[] sized(String[] column) {
      check(column.length);
      return column;
    }

    private void check(int length) {
      if (length != size) {
        throw new IllegalArgumentException("column has " + length + " rows, expected " + size);
      }
    }
  }
}
