package org.bridgewatch.scoring.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.bridgewatch.scoring.contributors.ContributorPhase;
import org.bridgewatch.scoring.contributors.ContributorPhaseInput;
import org.bridgewatch.scoring.contributors.ContributorScores;
import org.bridgewatch.scoring.contributors.NoteHistoryLookup;
import org.bridgewatch.scoring.contributors.NoteOutcomes;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.StatusHistoryUpdater;
import org.bridgewatch.scoring.pipeline.meta.MetaScorer;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.pipeline.meta.NoteTagCounts;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;
import org.bridgewatch.scoring.prep.PreparedRatings;
import org.bridgewatch.scoring.prep.RatingPreprocessor;
import org.bridgewatch.scoring.prep.SliceSelector;
import org.bridgewatch.scoring.safeguards.ParticipantOrder;
import org.bridgewatch.scoring.safeguards.PostSelectionFilter;
import org.bridgewatch.scoring.safeguards.RaterClusters;
import org.bridgewatch.scoring.topics.NoteTopics;
import org.bridgewatch.scoring.topics.TopicModel;

/**
 * One full scoring run, in the reference's order: preprocess ratings, assign topics, find
 * coordinated raters and filter their ratings, prescore and final-score each model, reconcile the
 * models (meta-scoring), update the note status history, and score contributors.
 *
 * <p>The MF scorers are {@link MfScorerSpec}s ({@link MfScorers#defaultPipeline()}); other models
 * join as {@link AdditionalScorer}s producing {@link ScorerResult}s over the same {@link RunData}.
 * Scorers run one after another in a fixed order, so results do not depend on scheduling.
 */
public final class ScoringPipeline {
  private static final System.Logger LOG = System.getLogger(ScoringPipeline.class.getName());

  private final ScoringOptions options;
  private final PhaseListener listener;
  private final List<MfScorerSpec> specs;
  private final List<AdditionalScorer> additionalScorers;

  /** The reference's default MF scorers, filtered by {@link ScoringOptions#enabledScorers()}. */
  public ScoringPipeline(ScoringOptions options, PhaseListener listener) {
    this(options, listener, MfScorers.defaultPipeline(), List.of(new GaussianScorers()));
  }

  /**
   * @param specs the MF scorers to run (those {@code options} enables), in this order
   * @param additionalScorers further scorers (Gaussian, ...) run after the MF final scorers
   */
  public ScoringPipeline(
      ScoringOptions options,
      PhaseListener listener,
      List<MfScorerSpec> specs,
      List<AdditionalScorer> additionalScorers) {
    this.options = options;
    this.listener = listener;
    this.specs =
        specs.stream().filter(s -> options.enables(s.kind().scorerName, s.name())).toList();
    this.additionalScorers =
        List.copyOf(additionalScorers); // each filters its own models by options.enables
  }

  public ScoringResult run(ScoringInput original) {
    ScoringInput input =
        options.cutoffTimestampMillis() == null
            ? original
            : InputCutoff.apply(original, options.cutoffTimestampMillis());
    RunData run = phase("Preparing ratings", () -> prepare(input));
    // Prescoring: every scorer on the prescoring rating set, keyed by reference name.
    Map<String, MfPrescoring> prescorings = new LinkedHashMap<>();
    for (MfScorerSpec spec : specs) {
      MfPrescoring pre =
          phase(
              "Prescoring " + spec.name(),
              () ->
                  new MfPrescorer(run, spec)
                      .prescore(run.slices().filterInput(spec.slice(), run.prescoringRows())));
      if (pre != null) {
        prescorings.put(spec.name(), pre);
      }
    }
    // Final scoring: each MF scorer from its own prescoring (get_prescoring_name is its name).
    List<MfScorerOutput> models = new ArrayList<>();
    List<ScorerResult> results = new ArrayList<>();
    for (MfScorerSpec spec : specs) {
      MfPrescoring pre = prescorings.get(spec.name());
      if (!spec.finalScoring() || pre == null) {
        continue;
      }
      MfScorerOutput out =
          phase(
              "Final scoring " + spec.name(),
              () ->
                  new MfFinalScorer(run, spec, pre)
                      .score(
                          run.slices().filterInput(spec.slice(), run.finalRows()),
                          new MfPrescorer(run, spec).scorerHistoryNotes()));
      models.add(out);
      results.add(out.meta());
    }
    Map<String, MfPrescoring> frozen = Collections.unmodifiableMap(prescorings);
    List<ScorerResult> additional = new ArrayList<>();
    for (AdditionalScorer scorer : additionalScorers) {
      additional.addAll(phase(scorer.name(), () -> scorer.score(run, frozen)));
    }
    results.addAll(additional);
    MetaScoringResult meta =
        phase(
            "Meta scoring",
            () ->
                new MetaScorer()
                    .score(
                        results,
                        input.statusHistory(),
                        input.notes(),
                        tagCounts(input.ratings(), run.finalRows(), input.notes().size),
                        null,
                        options.epochMillis()));
    StatusHistoryTable newHistory =
        phase(
            "Status history",
            () ->
                StatusHistoryUpdater.update(
                    meta.history, meta.scoredStatuses(null), options.epochMillis()));
    MfScorerOutput core =
        models.stream().filter(m -> m.spec().kind() == ScorerKind.CORE).findFirst().orElse(null);
    ContributorScores contributors =
        phase("Contributor scores", () -> contributors(run, meta, newHistory, core));
    return new ScoringResult(
        input, run, List.copyOf(models), frozen, List.copyOf(additional), meta, newHistory,
        contributors);
  }

  private RunData prepare(ScoringInput input) {
    // The topic model reads only the notes: it runs beside rating preprocessing and rater
    // clustering, which are sequential, so both cores are busy. Each side's result depends only
    // on its inputs, so the overlap changes nothing in the output.
    FutureTask<NoteTopics> topicTask =
        new FutureTask<>(() -> timed("topic model",
            () -> new TopicModel().assign(input.notes(), options.threads())));
    Thread topicThread = Thread.ofPlatform().name("topic-model").daemon().start(topicTask);
    PreparedRatings prepared = timed("rating preprocessing", () -> RatingPreprocessor.preprocess(input));
    RatingTable ratings = input.ratings();
    boolean[] include = new boolean[ratings.size];
    for (int r : prepared.rows()) {
      include[r] = true;
    }
    int[] rank = ParticipantOrder.ranks(input.participants());
    RaterClusters clusters = timed("rater clustering",
        () -> RaterClusters.compute(input.notes(), ratings, include, rank, options.threads()));
    int[] known = RunData.knownNoteRows(input, prepared.rows());
    int[] prescoringRows =
        PostSelectionFilter.apply(
            input.notes(), ratings, known, clusters.postSelectionForPrescoring());
    int[] finalRows =
        PostSelectionFilter.apply(
            input.notes(), ratings, known, clusters.postSelectionForFinalScoring());
    NoteTopics topics = join(topicThread, topicTask);
    return new RunData(
        input,
        options,
        prepared,
        topics,
        new SliceSelector(prepared, input.enrollment(), topics),
        clusters,
        prescoringRows,
        finalRows,
        prepared.highVolumeRater(),
        clusters.correlatedForFinalScoring(),
        new NoteHistoryLookup(input.notes(), input.statusHistory()),
        RunData.currentStatuses(input));
  }

  /** Tag counts per note over the ratings that reach post-scoring (after the PSS filter). */
  private static NoteTagCounts tagCounts(RatingTable ratings, int[] rows, int notes) {
    RatingTag[] tags = RatingTag.values();
    int[][] counts = new int[tags.length][notes];
    for (int r : rows) {
      int note = ratings.note[r];
      int bits = ratings.tags[r];
      for (RatingTag tag : tags) {
        if ((bits & tag.bit()) != 0) {
          counts[tag.ordinal()][note]++;
        }
      }
    }
    return new NoteTagCounts(counts);
  }

  private ContributorScores contributors(
      RunData run, MetaScoringResult meta, StatusHistoryTable newHistory, MfScorerOutput core) {
    ScoringInput in = run.input();
    int notes = in.notes().size;
    byte[] finalStatus = new byte[notes];
    Arrays.fill(finalStatus, org.bridgewatch.scoring.model.Nulls.NO_CODE);
    for (int row = 0; row < meta.size; row++) {
      int note = meta.history.note[row];
      if (note >= 0) {
        finalStatus[note] = meta.finalRatingStatus[row];
      }
    }
    float[] coreIntercept = new float[notes];
    Arrays.fill(coreIntercept, Float.NaN);
    if (core != null) {
      for (int n = 0; n < notes; n++) {
        coreIntercept[n] = core.captured()[n] ? core.noteIntercept()[n] : Float.NaN;
      }
    }
    return ContributorPhase.run(
        new ContributorPhaseInput(
            in.participants(),
            in.notes(),
            in.ratings(),
            run.prepared().rows(),
            newHistory,
            NoteOutcomes.ofStatuses(finalStatus),
            coreIntercept,
            in.enrollment(),
            options.epochMillis()));
  }

  private static <T> T join(Thread thread, FutureTask<T> task) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the topic model", e);
    }
    return org.bridgewatch.scoring.parallel.Join.get(task, "the topic model");
  }


  /** A step inside a phase, timed in the debug log. */
  private static <T> T timed(String step, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.log(System.Logger.Level.DEBUG, () -> step + " took " + millis + " ms");
    return result;
  }

  private <T> T phase(String name, Supplier<T> work) {
    listener.phaseStarted(name);
    long start = System.nanoTime();
    T result = work.get();
    listener.phaseFinished(name, (System.nanoTime() - start) / 1_000_000);
    return result;
  }
}
