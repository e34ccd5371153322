package org.bridgewatch.scoring.pipeline;

import java.util.Arrays;
import org.bridgewatch.scoring.mf.MatrixFactorizer;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.MfResult;
import org.bridgewatch.scoring.mf.PseudoRaterBounds;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.rules.ModelNoteParams;
import org.bridgewatch.scoring.rules.RatingSlice;
import org.bridgewatch.scoring.rules.ScoredNotes;
import org.bridgewatch.scoring.rules.ScoredNotesCalculator;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.rules.TopicConfidence;
import org.bridgewatch.scoring.safeguards.SafeguardSlices;

/**
 * Final scoring of one matrix-factorization scorer. Rater parameters and the global intercept are
 * frozen at prescoring's round 2, so each note is fit against a fixed panel of raters. Besides the
 * main fit, three baselines refit notes on subsets — without high-volume raters, without
 * correlated raters, and population-sampled ratings only — so the CRH rules can demand that a
 * note's support does not hinge on them. Pseudo-raters then bound each note's intercept, and the
 * status rules decide. Group models keep only notes they capture; topic models add their
 * confidence bit.
 */
final class MfFinalScorer {
  private final RunData run;
  private final MfScorerSpec spec;
  private final MfPrescoring pre;

  MfFinalScorer(RunData run, MfScorerSpec spec, MfPrescoring pre) {
    this.run = run;
    this.spec = spec;
    this.pre = pre;
  }

  MfScorerOutput score(int[] sliceRows, int[] scoredNotes) {
    RatingTable ratings = run.input().ratings();
    int[] ordered =
        SafeguardSlices.order(ratings, sliceRows, run.highVolume(), run.correlated());
    float[] noHighVol =
        interceptOnly(SafeguardSlices.noHighVolume(ratings, ordered, run.highVolume()));
    float[] noCorrelated =
        interceptOnly(SafeguardSlices.noCorrelated(ratings, ordered, run.correlated()));
    float[] populationSampled = spec.populationSampled() ? populationSampled(ordered) : null;

    Fit main =
        fit(ordered, pre.ratingsPerNote(), run.options().pseudoraters() && spec.pseudoraters());
    int notes = run.noteCount();
    float[] intercept = main == null ? nan(notes) : main.intercept;
    float[] factor = main == null ? nan(notes) : main.factor;
    float[] min = main == null || main.min == null ? nan(notes) : main.min;
    float[] max = main == null || main.max == null ? nan(notes) : main.max;
    float[] lowDiligence = null;
    if (main != null && pre.lowDiligence() != null) {
      lowDiligence = pre.lowDiligence().noteIntercepts(run, ratings, main.rows);
      main.lowDiligence = lowDiligence;
    }
    ScoredNotes scored =
        ScoredNotesCalculator.compute(
            new ScoredNotesInput(
                new RatingSlice(ratings, ordered),
                scoredNotes,
                run.input().notes().classification,
                run.currentStatusByNote(),
                new ModelNoteParams(
                    intercept,
                    factor,
                    min,
                    max,
                    noHighVol,
                    noCorrelated,
                    populationSampled == null ? nan(notes) : populationSampled,
                    lowDiligence),
                main == null ? nan(run.participantCount()) : main.raterFactor,
                spec.rules(),
                true,
                pre.tagThresholds(),
                pre.userIncorrect(),
                run.options().epochMillis()));
    return assemble(scored, finalRoundCounts(ordered), main, intercept, factor, min, max, noHighVol, noCorrelated,
        populationSampled == null ? nan(notes) : populationSampled);
  }

  /** Population-sampled baseline; null when there are no such ratings. */
  private float[] populationSampled(int[] ordered) {
    int[] sampled = SafeguardSlices.populationSampled(run.input().ratings(), ordered);
    if (sampled.length == 0) {
      return null;
    }
    Fit f = fit(sampled, spec.populationSampledLossRatio(), false);
    return f == null ? null : f.intercept;
  }

  /**
   * The reference's numFinalRoundRatings: per note, the scorer's ratings whose rater has a row in
   * its prescoring rater output (final-round parameters or helpfulness scores). Raters filtered
   * out by the helpfulness threshold still count.
   */
  private int[] finalRoundCounts(int[] rows) {
    RatingTable ratings = run.input().ratings();
    int[] counts = new int[run.noteCount()];
    for (int r : rows) {
      if (pre.hasRaterRow(ratings.rater[r])) {
        counts[ratings.note[r]]++;
      }
    }
    return counts;
  }

  private MfScorerOutput assemble(ScoredNotes scored, int[] finalCounts, Fit main, float[] intercept, float[] factor,
      float[] min, float[] max, float[] noHighVol, float[] noCorrelated, float[] sampled) {
    int notes = run.noteCount();
    byte[] status = new byte[notes];
    Arrays.fill(status, Nulls.NO_CODE);
    String[] rules = new String[notes];
    String[] filterTags = new String[notes];
    for (int row = 0; row < scored.size(); row++) {
      int note = scored.note(row);
      status[note] = scored.status(row).code();
      rules[note] = scored.activeRules(row);
      filterTags[note] = scored.activeFilterTags(row);
    }
    boolean[] captured = captured();
    int[] numFinal = new int[notes];
    double[] interceptD = new double[notes];
    double[] factorD = new double[notes];
    byte[] metaStatus = new byte[notes];
    for (int n = 0; n < notes; n++) {
      boolean keep = captured[n];
      numFinal[n] = keep && finalCounts[n] > 0 ? finalCounts[n] : -1;
      interceptD[n] = keep ? intercept[n] : Double.NaN;
      factorD[n] = keep ? factor[n] : Double.NaN;
      metaStatus[n] = keep ? status[n] : Nulls.NO_CODE;
    }
    byte[] confident = null;
    if (spec.topic() != null) {
      confident =
          main == null
              ? new byte[notes]
              : TopicConfidence.compute(
                  run.input().ratings(), main.rows, main.raterFactor, intercept,
                  TopicConfidence.MIN_RATINGS_PER_SIDE);
      confident = TopicConfidence.scoredOnly(confident, metaStatus);
    }
    ScorerResult.Builder metaBuilder =
        ScorerResult.builder(spec.kind(), notes)
            .crhThreshold(spec.rules().crhThreshold())
            .status(metaStatus)
            .intercept(interceptD)
            .factor(factorD)
            .activeRules(keepCaptured(rules, captured))
            .numFinalRoundRatings(numFinal)
            .interceptPopulationSampled(toDouble(sampled, captured));
    if (spec.isGroupModel()) {
      metaBuilder.groupId(spec.groupId());
    }
    if (spec.topic() != null) {
      metaBuilder.topic(spec.topic().refName).topicNoteConfident(confident);
    }
    return new MfScorerOutput(
        spec, metaBuilder.build(), scored, intercept, factor, min, max, noHighVol, noCorrelated, sampled, numFinal,
        status, rules, filterTags, captured,
        main == null ? nan(run.participantCount()) : main.raterIntercept,
        main == null ? nan(run.participantCount()) : main.raterFactor,
        confident,
        pre,
        main == null ? null : main.lowDiligence);
  }

  /**
   * Capture threshold: a note keeps this scorer's result only when enough of all its ratings come
   * from the scorer's groups; scorers without a threshold keep every note.
   */
  private boolean[] captured() {
    boolean[] out = new boolean[run.noteCount()];
    if (Double.isNaN(spec.slice().captureThreshold())) {
      Arrays.fill(out, true);
      return out;
    }
    boolean[] byKey = run.slices().captureNotes(spec.slice(), run.finalRows());
    for (int n = 0; n < out.length; n++) {
      out[n] = n < byKey.length && byKey[n];
    }
    return out;
  }

  private float[] interceptOnly(int[] rows) {
    Fit f = fit(rows, pre.ratingsPerNote(), false);
    return f == null ? nan(run.noteCount()) : f.intercept;
  }

  /**
   * One frozen-rater fit over {@code rows}: the note minimum, raters with prescoring parameters,
   * and (with reputation) raters above the helpfulness threshold.
   */
  private Fit fit(int[] rows, double ratingsPerNote, boolean pseudoraters) {
    RatingTable ratings = run.input().ratings();
    int[] training = run.slices().minCounts(rows, 0, spec.slice().minNumRatersPerNote());
    training =
        Arrays.stream(training)
            .filter(r -> pre.hasRaterParams(ratings.rater[r]))
            .filter(r -> pre.helpful(ratings.rater[r]))
            .toArray();
    if (training.length == 0) {
      return null;
    }
    int notes = run.noteCount();
    int people = run.participantCount();
    MfFit fit = MfFit.of(ratings, training, run.prepared().helpfulNum(), notes, people);
    MfOptions options =
        spec.mfOptions(run.options())
            .withFrozen(false, true, true)
            .withLossRatios(ratingsPerNote, Double.NaN)
            .withFlip(false);
    MfResult result =
        MatrixFactorizer.fit(
            fit.problem,
            options,
            fit.init(pre.finalRound(), pre.finalRound().globalIntercept(), true, true));
    ModelParams params = fit.spread(result.params(), notes, people);
    Fit out = new Fit();
    out.rows = training;
    out.intercept = params.noteIntercept();
    out.factor = params.noteFactor();
    out.raterIntercept = params.raterIntercept();
    out.raterFactor = params.raterFactor();
    if (pseudoraters) {
      PseudoRaterBounds.Bounds b = PseudoRaterBounds.compute(fit.problem, result.params(), options);
      out.min = fit.index.notesToGlobal(b.interceptMin(), notes);
      out.max = fit.index.notesToGlobal(b.interceptMax(), notes);
    }
    return out;
  }

  private static final class Fit {
    int[] rows;
    float[] intercept;
    float[] factor;
    float[] min;
    float[] max;
    float[] raterIntercept;
    float[] raterFactor;
    float[] lowDiligence;
  }

  private static float[] nan(int n) {
    float[] out = new float[n];
    Arrays.fill(out, Float.NaN);
    return out;
  }

  private static String[] keepCaptured(String[] values, boolean[] captured) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = captured[i] ? values[i] : null;
    }
    return out;
  }

  private static double[] toDouble(float[] values, boolean[] captured) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = captured[i] ? values[i] : Double.NaN;
    }
    return out;
  }
}
