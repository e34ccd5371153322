package org.bridgewatch.scoring.pipeline;

import java.util.Arrays;
import org.bridgewatch.scoring.contributors.HelpfulnessFilter;
import org.bridgewatch.scoring.contributors.HelpfulnessScores;
import org.bridgewatch.scoring.contributors.HelpfulnessThresholds;
import org.bridgewatch.scoring.contributors.NoteOutcomes;
import org.bridgewatch.scoring.mf.MatrixFactorizer;
import org.bridgewatch.scoring.mf.MfOptions;
import org.bridgewatch.scoring.mf.MfResult;
import org.bridgewatch.scoring.mf.StableInitialization;
import org.bridgewatch.scoring.mf.TagConsensus;
import org.bridgewatch.scoring.mf.TrainErrorGuard;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.rules.ModelNoteParams;
import org.bridgewatch.scoring.rules.NoteRows;
import org.bridgewatch.scoring.rules.RatingSlice;
import org.bridgewatch.scoring.rules.ScoredNotes;
import org.bridgewatch.scoring.rules.ScoredNotesCalculator;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;

/**
 * Prescoring of one matrix-factorization scorer: the two-round core model.
 *
 * <ol>
 *   <li>Round 1 fits every training rating (with stable initialization where the scorer uses it).
 *   <li>Its statuses score each contributor's track record (rater helpfulness, author
 *       helpfulness), first plainly, then with the harassment-tag penalty from a tag-consensus
 *       model fit on the ratings of raters who passed the first check.
 *   <li>Round 2 refits on the ratings of raters above the helpfulness threshold, starting from
 *       round 1.
 * </ol>
 *
 * <p>Scorers without reputation filtering (topic models) stop after round 1: its parameters are
 * final and no helpfulness is scored.
 */
final class MfPrescorer {
  private final RunData run;
  private final MfScorerSpec spec;

  MfPrescorer(RunData run, MfScorerSpec spec) {
    this.run = run;
    this.spec = spec;
  }

  MfPrescoring prescore(int[] sliceRows) {
    ScoringInput in = run.input();
    int notes = run.noteCount();
    int people = run.participantCount();
    int[] training =
        run.slices()
            .minCounts(
                sliceRows, spec.slice().minNumRatingsPerRater(), spec.slice().minNumRatersPerNote());
    if (training.length == 0) {
      return null;
    }
    MfOptions options = spec.mfOptions(run.options());

    // Round 1.
    MfFit first = MfFit.of(in.ratings(), training, run.prepared().helpfulNum(), notes, people);
    MfResult firstResult =
        spec.stableInitialization()
            ? StableInitialization.fit(
                first.problem,
                first.gatherRaterFlags(stableGroup(in.enrollment(), people)),
                first.gatherRaterFlags(enrolled(in.enrollment(), people)),
                options)
            : MatrixFactorizer.fit(
                first.problem, options, (org.bridgewatch.scoring.mf.MfParams) null);
    TrainErrorGuard.check(
        firstResult, first.index.noteCount(), TrainErrorGuard.MAX_FIRST_TRAIN_ERROR);
    ModelParams round1 = first.spread(firstResult.params(), notes, people);

    // Round-1 statuses, as the track records see them.
    ScoredNotes scored =
        ScoredNotesCalculator.compute(
            new ScoredNotesInput(
                new RatingSlice(in.ratings(), sliceRows),
                scorerHistoryNotes(),
                in.notes().classification,
                run.currentStatusByNote(),
                ModelNoteParams.of(round1.noteIntercept(), round1.noteFactor()),
                round1.raterFactor(),
                spec.rules(),
                false,
                null,
                null,
                run.options().epochMillis()));
    if (!spec.useReputation()) {
      // Topic models: no reputation filter, so round 1 is final and no helpfulness is scored.
      return finish(sliceRows, scored, round1, round1, null, training, first);
    }
    NoteOutcomes outcomes = outcomes(scored, notes);

    // Helpfulness scores, then the harassment-abuse tag consensus and the penalized scores.
    HelpfulnessThresholds thresholds = spec.helpfulness();
    HelpfulnessScores plain =
        HelpfulnessScores.compute(
            people, in.notes(), round1.noteIntercept(), outcomes, in.ratings(), sliceRows,
            run.history(), null, null, thresholds);
    int[] plainKept =
        HelpfulnessFilter.keptRows(in.ratings(), training, plain.aboveHelpfulnessThreshold);
    TagConsensus.TagModel harassment =
        TagConsensus.train(
            in.ratings(), plainKept, RatingTag.NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE, notes, people,
            round1.noteFactor(), round1.raterFactor(), options);
    HelpfulnessScores helpfulness =
        HelpfulnessScores.compute(
            people, in.notes(), round1.noteIntercept(), outcomes, in.ratings(), sliceRows,
            run.history(), training, harassment.noteIntercept(), thresholds);

    // Round 2: helpful raters only, starting from round 1; the global intercept starts afresh.
    int[] finalRows =
        HelpfulnessFilter.keptRows(in.ratings(), training, helpfulness.aboveHelpfulnessThreshold);
    if (finalRows.length == 0) {
      return null;
    }
    MfFit second = MfFit.of(in.ratings(), finalRows, run.prepared().helpfulNum(), notes, people);
    MfResult secondResult =
        MatrixFactorizer.fit(second.problem, options, second.init(round1, null, true, true));
    ModelParams round2 = second.spread(secondResult.params(), notes, people);
    return finish(sliceRows, scored, round1, round2, helpfulness, finalRows, second);
  }

  private MfPrescoring finish(
      int[] sliceRows,
      ScoredNotes scored,
      ModelParams round1,
      ModelParams round2,
      HelpfulnessScores helpfulness,
      int[] finalRows,
      MfFit finalFit) {
    ScoringInput in = run.input();
    TagThresholds tagThresholds = tagThresholds(sliceRows, scored, round2);
    return new MfPrescoring(
        spec,
        round1,
        round2,
        helpfulness,
        tagThresholds,
        UserIncorrectRatio.compute(new RatingSlice(in.ratings(), sliceRows), run.participantCount()),
        finalRows.length,
        finalFit.index.noteCount(),
        finalFit.index.raterCount(),
        run.options().lowDiligence()
            ? LowDiligence.prescore(run, finalRows, round2.raterFactor())
            : null);
  }

  /** Tag outlier thresholds over notes with both round-2 parameters and a prescoring status. */
  private TagThresholds tagThresholds(
      int[] sliceRows, ScoredNotes scored, ModelParams round2) {
    int[] both = new int[scored.size()];
    boolean[] crh = new boolean[scored.size()];
    int n = 0;
    for (int row = 0; row < scored.size(); row++) {
      int note = scored.note(row);
      if (!Float.isNaN(round2.noteFactor()[note])) {
        crh[n] = scored.crh(row);
        both[n++] = note;
      }
    }
    return TagThresholds.forPercentile(
        new RatingSlice(run.input().ratings(), sliceRows),
        NoteRows.of(Arrays.copyOf(both, n), run.noteCount()),
        round2.noteFactor(),
        round2.raterFactor(),
        Arrays.copyOf(crh, n),
        spec.rules().tagFilterPercentile());
  }

  /** The status-history notes this scorer scores (topic filters as for its ratings). */
  int[] scorerHistoryNotes() {
    return run.historyNotes(spec.slice());
  }

  static NoteOutcomes outcomes(ScoredNotes scored, int notes) {
    byte[] status = new byte[notes];
    boolean[] crh = new boolean[notes];
    boolean[] crnh = new boolean[notes];
    boolean[] awaiting = new boolean[notes];
    Arrays.fill(status, Nulls.NO_CODE);
    for (int row = 0; row < scored.size(); row++) {
      int note = scored.note(row);
      status[note] = scored.status(row).code();
      crh[note] = scored.crh(row);
      crnh[note] = scored.crnh(row);
      awaiting[note] = scored.awaiting(row);
    }
    return new NoteOutcomes(status, crh, crnh, awaiting);
  }

  private static boolean[] stableGroup(EnrollmentTable enrollment, int people) {
    boolean[] out = new boolean[people];
    for (int i = 0; i < enrollment.size; i++) {
      out[enrollment.participant[i]] =
          enrollment.modelingGroup[i] == StableInitialization.MODELING_GROUP;
    }
    return out;
  }

  private static boolean[] enrolled(EnrollmentTable enrollment, int people) {
    boolean[] out = new boolean[people];
    for (int i = 0; i < enrollment.size; i++) {
      out[enrollment.participant[i]] = true;
    }
    return out;
  }
}
