package org.bridgewatch.server.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.pipeline.PhaseListener;
import org.bridgewatch.scoring.pipeline.ScoringOptions;
import org.bridgewatch.scoring.pipeline.ScoringPipeline;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.server.BridgewatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One scoring run: take the lock, snapshot the database at the run's epoch into public TSVs,
 * read them back with the engine's reader (exactly as a re-scorer of the export would), run the
 * pipeline in process, and write every result back in one transaction. Anything that fails before
 * the commit (including the test hook {@link #beforeCommit}) rolls the write-back back: statuses
 * stay as the previous run left them, and only the run's own record says FAILED.
 */
@Service
public class ScoringRunner implements ScoringRunService, DisposableBean {
  static final String JOB = "scoring";
  private static final Logger log = LoggerFactory.getLogger(ScoringRunner.class);

  private final JobLock lock;
  private final ScoringRunLog runs;
  private final SnapshotWriter snapshots;
  private final ScoringWriteBack writeBack;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final BridgewatchProperties.Scoring settings;
  private final MeterRegistry meters;
  private final String node = UUID.randomUUID().toString();
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "scoring-run");
    t.setDaemon(true);
    return t;
  });
  /** Phase of each run executing on this node. */
  private final Map<Long, String> phases = new ConcurrentHashMap<>();
  private final AtomicReference<Runnable> beforeCommit = new AtomicReference<>(() -> {});
  private final AtomicLong lastNotes = new AtomicLong();
  private final AtomicLong lastRatings = new AtomicLong();
  private final AtomicLong lastContributors = new AtomicLong();

  public ScoringRunner(JobLock lock, ScoringRunLog runs, SnapshotWriter snapshots, ScoringWriteBack writeBack,
      PlatformTransactionManager transactions, Clock clock, BridgewatchProperties properties,
      MeterRegistry meters) {
    this.lock = lock;
    this.runs = runs;
    this.snapshots = snapshots;
    this.writeBack = writeBack;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.settings = properties.scoring();
    this.meters = meters;
    Gauge.builder("bridgewatch.scoring.input.notes", lastNotes, AtomicLong::get)
        .description("Notes in the last scoring run's snapshot").register(meters);
    Gauge.builder("bridgewatch.scoring.input.ratings", lastRatings, AtomicLong::get)
        .description("Ratings in the last scoring run's snapshot").register(meters);
    Gauge.builder("bridgewatch.scoring.input.contributors", lastContributors, AtomicLong::get)
        .description("Contributors in the last scoring run's snapshot").register(meters);
  }

  /** Engine version recorded with each run. */
  static String engineVersion() {
    String v = ScoringPipeline.class.getPackage().getImplementationVersion();
    return "bridgewatch-scoring " + (v == null ? "dev" : v);
  }

  @Override
  public Optional<ScoringRun> trigger(ScoringRun.Trigger trigger, Long operatorId) {
    return begin(trigger, operatorId).map(started -> {
      background.execute(() -> execute(started));
      return runs.find(started.runId()).orElseThrow().withPhase(phases.get(started.runId()));
    });
  }

  @Override
  public Optional<ScoringRun> runNow(ScoringRun.Trigger trigger, Long operatorId) {
    return begin(trigger, operatorId).map(started -> {
      execute(started);
      return runs.find(started.runId()).orElseThrow();
    });
  }

  @Override
  public List<ScoringRun> recent(int limit) {
    return runs.recent(limit).stream().map(r -> r.withPhase(phases.get(r.id()))).toList();
  }

  @Override
  public Optional<ScoringRun> find(long runId) {
    return runs.find(runId).map(r -> r.withPhase(phases.get(r.id())));
  }

  /**
   * Test hook: runs inside the write-back transaction after everything was written, just before
   * the commit. A hook that throws simulates a run killed at the last moment.
   */
  public void setBeforeCommit(Runnable hook) {
    beforeCommit.set(hook == null ? () -> {} : hook);
  }

  private record Started(long runId, String owner, long epochMillis) {}

  private Optional<Started> begin(ScoringRun.Trigger trigger, Long operatorId) {
    String owner = node + "/" + UUID.randomUUID();
    if (!lock.tryAcquire(JOB, owner, settings.lease())) {
      return Optional.empty();
    }
    try {
      long epoch = clock.millis();
      long runId = runs.started(trigger, operatorId, engineVersion(), epoch, settings.seed());
      int abandoned = runs.abandonRunningExcept(runId);
      if (abandoned > 0) {
        log.warn("Marked {} scoring run(s) left RUNNING by an ended process as FAILED", abandoned);
      }
      phases.put(runId, "Queued");
      return Optional.of(new Started(runId, owner, epoch));
    } catch (RuntimeException e) {
      lock.release(JOB, owner);
      throw e;
    }
  }

  private void execute(Started run) {
    long runId = run.runId();
    Timer.Sample timing = Timer.start(meters);
    String outcome = ScoringRun.Outcome.FAILED.name();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("bridgewatch-snapshot-");
      phases.put(runId, "Snapshot");
      SnapshotWriter.Snapshot snapshot = snapshots.write(dir, run.epochMillis());
      runs.inputs(runId, snapshot.inputs());
      lastNotes.set(snapshot.inputs().notes());
      lastRatings.set(snapshot.inputs().ratings());
      lastContributors.set(snapshot.inputs().contributors());
      ScoringResult result = null;
      if (snapshot.inputs().notes() > 0) {
        phases.put(runId, "Reading snapshot");
        ScoringInput input = PublicDataReader.read(InputPaths.fromDirectory(dir));
        ScoringOptions options = new ScoringOptions(settings.seed(), run.epochMillis(), true, threads(), null);
        result = new ScoringPipeline(options, new PhaseListener() {
          @Override
          public void phaseStarted(String name) {
            phases.put(runId, name);
          }
        }).run(input);
      }
      phases.put(runId, "Writing back");
      ScoringResult scored = result;
      Long changed = tx.execute(status -> {
        long n = scored == null ? 0 : writeBack.write(runId, run.epochMillis(), scored);
        beforeCommit.get().run();
        return n;
      });
      runs.finished(runId, ScoringRun.Outcome.SUCCEEDED, changed, null);
      outcome = ScoringRun.Outcome.SUCCEEDED.name();
      meters.counter("bridgewatch.scoring.notes.changed").increment(changed == null ? 0 : changed);
      log.info("Scoring run {} succeeded: {} notes, {} ratings, {} statuses changed", runId,
          snapshot.inputs().notes(), snapshot.inputs().ratings(), changed);
    } catch (Exception | Error e) {
      log.error("Scoring run {} failed; statuses are unchanged", runId, e);
      String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      try {
        runs.finished(runId, ScoringRun.Outcome.FAILED, null, message);
      } catch (RuntimeException recordFailure) {
        log.error("Could not record the failure of scoring run {}", runId, recordFailure);
      }
      if (e instanceof Error error && !(e instanceof AssertionError)) {
        throw error;
      }
    } finally {
      phases.remove(runId);
      lock.release(JOB, run.owner());
      timing.stop(meters.timer("bridgewatch.scoring.run.duration", "outcome", outcome));
      Counter.builder("bridgewatch.scoring.runs").tag("outcome", outcome).register(meters).increment();
      deleteQuietly(dir);
    }
  }

  private int threads() {
    return settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete snapshot {}", dir, e);
    }
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }
}
