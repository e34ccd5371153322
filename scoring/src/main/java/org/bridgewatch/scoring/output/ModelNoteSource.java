package org.bridgewatch.scoring.output;

import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.MfScorerOutput;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;

/**
 * One scorer's per-note values as scored_notes lays them out, whether the scorer is an MF model
 * ({@link MfScorerOutput}) or hands meta-scoring a {@link ScorerResult} directly (the Gaussian
 * models). Values the scorer does not produce are NaN / null.
 */
interface ModelNoteSource {
  /** Whether the scorer keeps a result for the note (captured and scored). */
  boolean keeps(int note);

  float intercept(int note);

  float factor(int note);

  byte status(int note);

  String activeRules(int note);

  float interceptMin(int note);

  float interceptMax(int note);

  /** Final-round ratings of the note, NaN when none. */
  double numFinalRoundRatings(int note);

  float interceptNoHighVol(int note);

  float interceptNoCorrelated(int note);

  float interceptPopulationSampled(int note);

  String activeFilterTags(int note);

  /** Modeling group or multi-group id; {@link Nulls#NO_INT} otherwise. */
  int groupId();

  /** 1 confident, 0 not, {@link Nulls#NO_CODE} unknown (topic models). */
  byte topicNoteConfident(int note);

  /** The topic of a topic model, else null. */
  String topic();

  static ModelNoteSource of(MfScorerOutput m) {
    return new ModelNoteSource() {
      @Override
      public boolean keeps(int n) {
        return m.captured()[n] && m.status()[n] != Nulls.NO_CODE;
      }

      @Override
      public float intercept(int n) {
        return m.noteIntercept()[n];
      }

      @Override
      public float factor(int n) {
        return m.noteFactor()[n];
      }

      @Override
      public byte status(int n) {
        return m.status()[n];
      }

      @Override
      public String activeRules(int n) {
        return m.activeRules()[n];
      }

      @Override
      public float interceptMin(int n) {
        return m.interceptMin()[n];
      }

      @Override
      public float interceptMax(int n) {
        return m.interceptMax()[n];
      }

      @Override
      public double numFinalRoundRatings(int n) {
        int count = m.numFinalRoundRatings()[n];
        return count > 0 ? count : Double.NaN;
      }

      @Override
      public float interceptNoHighVol(int n) {
        return m.interceptNoHighVol()[n];
      }

      @Override
      public float interceptNoCorrelated(int n) {
        return m.interceptNoCorrelated()[n];
      }

      @Override
      public float interceptPopulationSampled(int n) {
        return m.interceptPopulationSampled()[n];
      }

      @Override
      public String activeFilterTags(int n) {
        return m.activeFilterTags()[n];
      }

      @Override
      public int groupId() {
        return m.spec().groupId();
      }

      @Override
      public byte topicNoteConfident(int n) {
        return m.topicNoteConfident() == null ? Nulls.NO_CODE : m.topicNoteConfident()[n];
      }

      @Override
      public String topic() {
        return m.spec().topic() == null ? null : m.spec().topic().refName;
      }
    };
  }

  static ModelNoteSource of(ScorerResult r) {
    return new ModelNoteSource() {
      @Override
      public boolean keeps(int n) {
        return r.scored(n);
      }

      @Override
      public float intercept(int n) {
        return (float) r.intercept[n];
      }

      @Override
      public float factor(int n) {
        return (float) r.factor[n];
      }

      @Override
      public byte status(int n) {
        return r.status[n];
      }

      @Override
      public String activeRules(int n) {
        return r.activeRules == null ? null : r.activeRules[n];
      }

      @Override
      public float interceptMin(int n) {
        return Float.NaN;
      }

      @Override
      public float interceptMax(int n) {
        return Float.NaN;
      }

      @Override
      public double numFinalRoundRatings(int n) {
        int count = r.numFinalRoundRatings == null ? 0 : r.numFinalRoundRatings[n];
        return count > 0 ? count : Double.NaN;
      }

      @Override
      public float interceptNoHighVol(int n) {
        return column(r.interceptNoHighVol, n);
      }

      @Override
      public float interceptNoCorrelated(int n) {
        return column(r.interceptNoCorrelated, n);
      }

      @Override
      public float interceptPopulationSampled(int n) {
        return column(r.interceptPopulationSampled, n);
      }

      @Override
      public String activeFilterTags(int n) {
        return null;
      }

      @Override
      public int groupId() {
        return r.groupId;
      }

      @Override
      public byte topicNoteConfident(int n) {
        return r.topicNoteConfident == null ? Nulls.NO_CODE : r.topicNoteConfident[n];
      }

      @Override
      public String topic() {
        return r.topic;
      }

      private static float column(double[] values, int n) {
        return values == null ? Float.NaN : (float) values[n];
      }
    };
  }
}
