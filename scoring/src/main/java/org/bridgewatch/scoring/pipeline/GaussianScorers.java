package org.bridgewatch.scoring.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgewatch.scoring.gaussian.CorePrescoring;
import org.bridgewatch.scoring.gaussian.GaussianInput;
import org.bridgewatch.scoring.gaussian.GaussianOptions;
import org.bridgewatch.scoring.gaussian.GaussianScorer;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.prep.ScorerSlice;
import org.bridgewatch.scoring.safeguards.SafeguardSlices;
import org.bridgewatch.scoring.topics.Topic;

/**
 * The reference's Gaussian scorers: kernel-smoothed helpfulness along the core viewpoint axis,
 * reusing an MF scorer's prescoring (GaussianScorer and GaussianCoreWithTopicsScorer read
 * MFCoreScorer's, GaussianGroupScorer_15 reads MFGroupScorer_15's, GaussianTopicScorer_InDimensionTwo
 * reads MFTopicScorer_InDimensionTwo's).
 */
public final class GaussianScorers implements AdditionalScorer {
  /** Core groups without group 21: the Gaussian models' population ("coverage groups"). */
  static final Set<Integer> COVERAGE_GROUPS = Set.of(1, 2, 3, 6, 8, 9, 10, 11, 13, 14, 19, 25);

  private record Model(
      String family,
      String name,
      ScorerSlice slice,
      String prescoringName,
      GaussianOptionsFactory options) {}

  @FunctionalInterface
  private interface GaussianOptionsFactory {
    GaussianOptions create(long seed, int threads);
  }

  private static final List<Model> MODELS =
      List.of(
          new Model(
              "GaussianScorer",
              "GaussianScorer",
              slice("GaussianScorer", COVERAGE_GROUPS, true, 0.5, true),
              "MFCoreScorer",
              GaussianOptions::gaussian),
          new Model(
              "GaussianCoreWithTopicsScorer",
              "GaussianCoreWithTopicsScorer",
              slice("GaussianCoreWithTopicsScorer", COVERAGE_GROUPS, true, 0.5, false),
              "MFCoreScorer",
              GaussianOptions::coreWithTopics),
          new Model(
              "GaussianGroupScorer",
              "GaussianGroupScorer_" + GaussianOptions.NMR_GAUSS_GROUP,
              slice(
                  "GaussianGroupScorer_" + GaussianOptions.NMR_GAUSS_GROUP,
                  Set.of(GaussianOptions.NMR_GAUSS_GROUP),
                  false,
                  0.8,
                  false),
              "MFGroupScorer_" + GaussianOptions.NMR_GAUSS_GROUP,
              GaussianOptions::group),
          // The reference lists the Gaussian topic model among its MFTopicScorer family.
          new Model(
              "MFTopicScorer",
              "GaussianTopicScorer_" + Topic.IN_DIMENSION_TWO.refName,
              ScorerSlice.topic(Topic.IN_DIMENSION_TWO),
              "MFTopicScorer_" + Topic.IN_DIMENSION_TWO.refName,
              (seed, threads) -> GaussianOptions.topic(Topic.IN_DIMENSION_TWO, seed, threads)));

  private static ScorerSlice slice(
      String name, Set<Integer> groups, boolean unassigned, double capture, boolean noTopics) {
    return new ScorerSlice(
        name,
        groups,
        unassigned,
        false,
        capture,
        noTopics,
        Set.of(),
        ScorerSlice.DEFAULT_MIN_RATINGS_PER_RATER,
        ScorerSlice.DEFAULT_MIN_RATERS_PER_NOTE);
  }

  @Override
  public String name() {
    return "Gaussian scoring";
  }

  @Override
  public List<ScorerResult> score(RunData run, Map<String, MfPrescoring> prescorings) {
    List<ScorerResult> out = new ArrayList<>();
    for (Model model : MODELS) {
      if (!run.options().enables(model.family(), model.name())) {
        continue;
      }
      MfPrescoring pre = prescorings.get(model.prescoringName());
      if (pre == null) {
        continue;
      }
      out.add(scoreOne(run, model, pre));
    }
    return out;
  }

  /** Notes passing the slice's capture threshold; null (every note) when it has none. */
  private static boolean[] captured(RunData run, ScorerSlice slice) {
    if (Double.isNaN(slice.captureThreshold())) {
      return null;
    }
    boolean[] byKey = run.slices().captureNotes(slice, run.finalRows());
    boolean[] captured = new boolean[run.noteCount()];
    for (int n = 0; n < captured.length; n++) {
      captured[n] = n < byKey.length && byKey[n];
    }
    return captured;
  }

  private static ScorerResult scoreOne(RunData run, Model model, MfPrescoring pre) {
    int[] rows = run.slices().filterInput(model.slice(), run.finalRows());
    int[] ordered =
        SafeguardSlices.order(run.input().ratings(), rows, run.highVolume(), run.correlated());
    boolean[] captured = captured(run, model.slice());
    int[] scoredNotes = run.historyNotes(model.slice());
    int people = run.participantCount();
    boolean[] above = new boolean[people];
    boolean[] inOutput = new boolean[people];
    for (int p = 0; p < people; p++) {
      above[p] = pre.helpfulness() != null && pre.helpfulness().aboveHelpfulnessThreshold[p];
      inOutput[p] = pre.hasRaterRow(p);
    }
    CorePrescoring core =
        new CorePrescoring(
            pre.finalRound().raterIntercept(),
            pre.finalRound().raterFactor(),
            above,
            inOutput,
            pre.finalRound().noteIntercept(),
            pre.finalRound().noteFactor(),
            pre.finalRound().globalIntercept(),
            pre.finalRoundNumRatings(),
            pre.finalRoundNumNotes());
    GaussianInput input =
        new GaussianInput(
            run.input().ratings(),
            ordered,
            run.prepared().helpfulNum(),
            run.input().notes(),
            run.input().statusHistory(),
            scoredNotes,
            captured,
            core,
            run.highVolume(),
            run.correlated(),
            pre.tagThresholds(),
            pre.userIncorrect(),
            pre.lowDiligence() == null
                ? null
                : (ratings, finalRoundRows) ->
                    pre.lowDiligence().noteIntercepts(run, ratings, finalRoundRows),
            run.options().epochMillis());
    return GaussianScorer.score(
            input, model.options().create(run.options().seed(), run.options().threads()))
        .result();
  }
}
