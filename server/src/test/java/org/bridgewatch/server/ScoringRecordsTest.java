package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bridgewatch.server.scoring.JobLock;
import org.bridgewatch.server.scoring.ScoringRun;
import org.bridgewatch.server.scoring.ScoringRunLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pieces scheduled scoring will stand on: the single-runner lease and the run record. */
class ScoringRecordsTest extends IntegrationTest {
  @Autowired JobLock lock;
  @Autowired ScoringRunLog runs;

  @Test
  void oneHolderAtATimeUntilReleaseOrExpiry() throws InterruptedException {
    jdbc.sql("INSERT INTO job_locks (name, locked_until_millis) VALUES ('test-job', 0)").update();
    assertThat(lock.tryAcquire("test-job", "node-a", Duration.ofMinutes(5))).isTrue();
    assertThat(lock.tryAcquire("test-job", "node-b", Duration.ofMinutes(5))).isFalse();
    assertThat(lock.tryAcquire("test-job", "node-a", Duration.ofMinutes(5))).as("renewal").isTrue();
    lock.release("test-job", "node-b");
    assertThat(lock.tryAcquire("test-job", "node-b", Duration.ofMinutes(5))).as("not b's to release").isFalse();
    lock.release("test-job", "node-a");
    assertThat(lock.tryAcquire("test-job", "node-b", Duration.ofMillis(1))).isTrue();
    Thread.sleep(5);
    assertThat(lock.tryAcquire("test-job", "node-a", Duration.ofMinutes(5))).as("expired lease").isTrue();
  }

  @Test
  void aRunRecordsItsInputsAndOutcome() {
    long id = runs.started(ScoringRun.Trigger.OPERATOR, null, "test");
    assertThat(runs.find(id)).get().extracting(ScoringRun::outcome).isEqualTo(ScoringRun.Outcome.RUNNING);
    runs.inputs(id, new ScoringRunLog.Inputs(10, 200, 30, 9, "abc123"));
    runs.finished(id, ScoringRun.Outcome.FAILED, null, "engine blew up");
    ScoringRun run = runs.find(id).orElseThrow();
    assertThat(run.outcome()).isEqualTo(ScoringRun.Outcome.FAILED);
    assertThat(run.inputRatings()).isEqualTo(200L);
    assertThat(run.inputHash()).isEqualTo("abc123");
    assertThat(run.errorMessage()).isEqualTo("engine blew up");
    assertThat(run.finishedAtMillis()).isNotNull();
    assertThat(runs.recent(1)).extracting(ScoringRun::id).containsExactly(id);
  }
}
