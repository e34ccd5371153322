package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgewatch.cli.bench.GcLogPeak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void generatesEachSizeRunsTheChildAndTabulates() throws Exception {
    CliRun run = CliRun.of("bench", "--sizes", "2K,5K", "--work", tmp.toString(),
        "--score-command",
        "{java} -Xmx64m -Xlog:gc:file={gclog} -cp {cp} org.bridgewatch.cli.BenchChildStub"
            + " {ratings}");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(Files.readString(tmp.resolve("2K/score.log"))).contains("ratings=2000");
    assertThat(Files.readString(tmp.resolve("5K/score.log"))).contains("ratings=5000");
    assertThat(run.out()).containsPattern("2K +2,000 +\\d+\\.\\d +\\d+\\.\\d +1\\.5 +0 +100 +\\d+ +\\d+")
        .containsPattern("5K +5,000 .* 100 ");
    GcLogPeak gc = GcLogPeak.parse(tmp.resolve("5K/gc.log"));
    assertThat(gc.collections()).isPositive();
    assertThat(gc.maxBeforeGcBytes()).isGreaterThanOrEqualTo(gc.maxAfterGcBytes());
  }

  @Test
  void failingChildMakesTheBenchFail() {
    CliRun run = CliRun.of("bench", "--sizes", "1K", "--work", tmp.toString(),
        "--score-command", "{java} -cp {cp} org.bridgewatch.cli.BenchChildStub /no/such/file");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("1K +1,000 .* - +3 +- +- +-");
  }

  @Test
  void gcLogLinesAreParsed() throws Exception {
    Path log = tmp.resolve("gc.log");
    Files.write(log, List.of(
        "[0.010s][info][gc] Using G1",
        "[0.200s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 1.2ms",
        "[0.900s][info][gc] GC(1) Pause Full (System.gc()) 2G->512M(4G) 30.1ms",
        "[1.000s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 900K->100K(1G) 1ms"));
    GcLogPeak peak = GcLogPeak.parse(log);
    assertThat(peak.collections()).isEqualTo(3);
    assertThat(peak.maxBeforeGcBytes()).isEqualTo(2L << 30);
    assertThat(peak.maxAfterGcBytes()).isEqualTo(512L << 20);
  }

  @Test
  void coreOnlyPassesTheCoreScorerToTheChild() {
    BenchCommand bench = new BenchCommand();
    bench.xmx = "1g";
    bench.scoreCommand = "{java} score --outdir {outdir}";
    org.bridgewatch.scoring.synth.SynthConfig config = bench.configFor(1000);
    List<String> all = bench.command("1K", tmp, tmp.resolve("o"), tmp.resolve("gc.log"), config);
    assertThat(all).doesNotContain("--scorers");
    bench.coreOnly = true;
    List<String> core = bench.command("1K", tmp, tmp.resolve("o"), tmp.resolve("gc.log"), config);
    assertThat(core).endsWith("--scorers", "MFCoreScorer");
    assertThat(core.subList(0, all.size())).isEqualTo(all);
  }

  @Test
  void launchUsesJarOrClassPath() {
    assertThat(BenchCommand.launch("/x/bridgewatch.jar")).containsExactly("-jar",
        "/x/bridgewatch.jar");
    assertThat(BenchCommand.launch("/a/classes" + java.io.File.pathSeparator + "/b.jar"))
        .containsExactly("-cp", "/a/classes" + java.io.File.pathSeparator + "/b.jar",
            Main.class.getName());
  }

  @Test
  void countsAcceptSuffixes() {
    assertThat(CountConverter.parse("25000")).isEqualTo(25_000);
    assertThat(CountConverter.parse("2.5M")).isEqualTo(2_500_000);
    assertThat(CountConverter.parse("1k")).isEqualTo(1_000);
    assertThat(CountConverter.parse("1G")).isEqualTo(1_000_000_000);
  }
}
