package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchApiCommandTest {
  @Test
  void everyAcceptedRatingWriteIsStored() {
    CliRun run = CliRun.of("bench-api", "--contributors", "20", "--notes", "20", "--threads", "4",
        "--warmup", "50", "--count", "300", "--seconds", "300");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(number(run.out(), "writes")).isEqualTo(300);
    assertThat(number(run.out(), "warmupWrites")).isEqualTo(50);
    // Warm-up and measured writes are distinct pairs: all 350 are new rows.
    assertThat(number(run.out(), "storedRatings")).isEqualTo(350);
    assertThat(number(run.out(), "lost")).isZero();
    assertThat(run.out()).contains("p50Millis=").contains("p99Millis=");
  }

  @Test
  void refusesNonLoopbackTargets() {
    CliRun run = CliRun.of("bench-api", "--url", "http://example.org:8080", "--db-url", "jdbc:h2:mem:x");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("loopback");
  }

  private static long number(String out, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=(-?\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Long.parseLong(m.group(1));
  }
}
