package org.bridgewatch.scoring.gaussian;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.rules.ModelNoteParams;
import org.bridgewatch.scoring.rules.RatingSlice;
import org.bridgewatch.scoring.rules.ScoredNotes;
import org.bridgewatch.scoring.rules.ScoredNotesCalculator;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.rules.TopicConfidence;

/**
 * Final scoring of one Gaussian scorer (the reference's {@code GaussianScorer.score_final}): three
 * safeguard runs that only contribute intercepts (without high-volume raters, without correlated
 * raters, population-sampled ratings only), the main run, the note factor from a frozen-rater
 * factorization, the common status rules with the scorer's thresholds, the capture-threshold
 * filter and the count of final-round ratings.
 */
public final class GaussianScorer {
  private GaussianScorer() {}

  public static GaussianResult score(GaussianInput in, GaussianOptions o) {
    ForkJoinPool pool = o.threads() > 1 ? new ForkJoinPool(o.threads()) : null;
    try {
      return score(in, o, pool);
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  private static GaussianResult score(GaussianInput in, GaussianOptions o, ForkJoinPool pool) {
    int noteCount = in.notes().size;
    RatingTable t = in.ratings();
    float[] noHighVol =
        interceptOf(GaussianRun.run(in, keep(t, in.rows(), in.highVolumeRater()), o, pool),
            noteCount);
    float[] noCorrelated =
        interceptOf(GaussianRun.run(in, keep(t, in.rows(), in.correlatedRater()), o, pool),
            noteCount);
    int[] sampledRows = populationSampled(t, in.rows());
    // Without population-sampled ratings the reference skips the run: the column is all NaN.
    float[] populationSampled =
        sampledRows.length == 0
            ? nanColumn(noteCount)
            : interceptOf(GaussianRun.run(in, sampledRows, o, pool), noteCount);
    GaussianRun main = GaussianRun.run(in, in.rows(), o, pool);
    ScorerResult.Builder b = ScorerResult.builder(o.kind(), noteCount);
    if (o.kind() == org.bridgewatch.scoring.pipeline.meta.ScorerKind.GAUSSIAN_GROUP) {
      b.groupId(o.groupId());
    }
    if (o.topic() != null) {
      b.topic(o.topic().refName);
    }
    b.crhThreshold(o.rules().crhThreshold());
    double[] outNoHighVol = nanDoubles(noteCount);
    double[] outNoCorrelated = nanDoubles(noteCount);
    if (main == null) {
      // No final-round ratings: the reference returns empty scores for every note.
      return new GaussianResult(b.build(), outNoHighVol, outNoCorrelated);
    }
    float[] intercept = main.interceptByNote(noteCount);
    float[] factor = noteFactor(in, o, main, noteCount);
    float[] lowDiligence = null;
    if (in.lowDiligence() != null) {
      lowDiligence = in.lowDiligence().noteIntercepts(t, main.finalRoundRows);
      // The reference inner-joins the diligence parameters: notes without them lose their scores.
      for (int n = 0; n < noteCount; n++) {
        if (Float.isNaN(lowDiligence[n])) {
          intercept[n] = Float.NaN;
          factor[n] = Float.NaN;
        }
      }
    }
    ModelNoteParams params =
        new ModelNoteParams(
            intercept,
            factor,
            null,
            null,
            restrict(noHighVol, factor),
            restrict(noCorrelated, factor),
            restrict(populationSampled, factor),
            lowDiligence);
    ScoredNotes scored =
        ScoredNotesCalculator.compute(
            new ScoredNotesInput(
                new RatingSlice(t, in.rows()),
                in.scoredNotes(),
                in.notes().classification,
                ScoredNotesInput.currentStatusByNote(in.history(), noteCount),
                params,
                in.prescoring().raterFactor(),
                o.rules(),
                true,
                in.tagThresholds(),
                in.raterIncorrect(),
                in.nowMillis()));
    int[] finalRoundCounts = numFinalRoundRatings(in, noteCount);
    byte[] status = new byte[noteCount];
    Arrays.fill(status, Nulls.NO_CODE);
    double[] outIntercept = nanDoubles(noteCount);
    double[] outFactor = nanDoubles(noteCount);
    double[] outSampled = nanDoubles(noteCount);
    String[] rules = new String[noteCount];
    int[] numFinal = new int[noteCount];
    Arrays.fill(numFinal, Nulls.NO_INT);
    for (int row = 0; row < scored.size(); row++) {
      int n = scored.note(row);
      if (in.captured() != null && !in.captured()[n]) {
        continue;
      }
      NoteStatus s = scored.status(row);
      status[n] = NoteStatus.codeOf(s);
      rules[n] = scored.activeRules(row);
      outIntercept[n] = intercept[n];
      outFactor[n] = factor[n];
      outNoHighVol[n] = params.interceptNoHighVol()[n];
      outNoCorrelated[n] = params.interceptNoCorrelated()[n];
      outSampled[n] = params.interceptPopulationSampled()[n];
      numFinal[n] = finalRoundCounts[n] > 0 ? finalRoundCounts[n] : Nulls.NO_INT;
    }
    b.status(status).intercept(outIntercept).factor(outFactor).activeRules(rules)
        .numFinalRoundRatings(numFinal).safeguardIntercepts(outNoHighVol, outNoCorrelated);
    if (o.writesPopulationSampled()) {
      b.interceptPopulationSampled(outSampled);
    }
    if (o.topic() != null) {
      b.topicNoteConfident(topicConfidence(in, o, intercept, status));
    }
    return new GaussianResult(b.build(), outNoHighVol, outNoCorrelated);
  }

  /**
   * GaussianTopicScorer's confidence bit: counts the run's ratings of each note with an intercept by
   * the sign of the rater's prescoring factor (the prescoring rater output stands in for the
   * scorer's user scores); only scored notes get a value.
   */
  private static byte[] topicConfidence(
      GaussianInput in, GaussianOptions o, float[] intercept, byte[] status) {
    byte[] confident =
        TopicConfidence.compute(
            in.ratings(), in.rows(), in.prescoring().raterFactor(), intercept,
            o.numConfidenceRatings());
    return TopicConfidence.scoredOnly(confident, status);
  }

  /**
   * The MF note factor where the factorization has one, else the kernel's (the reference's
   * combine_first); the kernel's alone when MF note parameters are off or inputs are missing.
   */
  private static float[] noteFactor(
      GaussianInput in, GaussianOptions o, GaussianRun main, int noteCount) {
    float[] kernel = main.kernelFactorByNote(noteCount);
    CorePrescoring pre = in.prescoring();
    if (!o.useMfNoteParams() || pre.raterIntercept() == null || !pre.canFitNoteFactors()) {
      return kernel;
    }
    float[] mf =
        MfNoteFactor.fit(
            in.ratings(),
            main.finalRoundRows,
            in.helpfulNum(),
            pre,
            o.seed(),
            o.threads(),
            noteCount,
            in.participantCount());
    for (int n = 0; n < noteCount; n++) {
      if (!Float.isNaN(kernel[n]) && !Float.isNaN(mf[n])) {
        kernel[n] = mf[n];
      }
    }
    return kernel;
  }

  /**
   * Per note: the scorer's ratings by raters present in the prescoring rater output (the
   * reference counts the filtered ratings joined with its helpfulness scores).
   */
  static int[] numFinalRoundRatings(GaussianInput in, int noteCount) {
    int[] counts = new int[noteCount];
    RatingTable t = in.ratings();
    for (int r : in.rows()) {
      if (t.note[r] >= 0 && in.prescoring().counted(t.rater[r])) {
        counts[t.note[r]]++;
      }
    }
    return counts;
  }

  /** A safeguard intercept only for notes of the main model's parameters (a left join). */
  private static float[] restrict(float[] values, float[] factor) {
    float[] out = values.clone();
    for (int n = 0; n < out.length; n++) {
      if (Float.isNaN(factor[n])) {
        out[n] = Float.NaN;
      }
    }
    return out;
  }

  private static int[] keep(RatingTable t, int[] rows, boolean[] dropRater) {
    if (dropRater == null) {
      return rows;
    }
    return Arrays.stream(rows).filter(r -> !dropRater[t.rater[r]]).toArray();
  }

  private static int[] populationSampled(RatingTable t, int[] rows) {
    byte sampled = RatingSource.POPULATION_SAMPLED.code();
    return Arrays.stream(rows).filter(r -> t.source[r] == sampled).toArray();
  }

  private static float[] interceptOf(GaussianRun run, int noteCount) {
    return run == null ? nanColumn(noteCount) : run.interceptByNote(noteCount);
  }

  private static float[] nanColumn(int n) {
    float[] out = new float[n];
    Arrays.fill(out, Float.NaN);
    return out;
  }

  private static double[] nanDoubles(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }
}
