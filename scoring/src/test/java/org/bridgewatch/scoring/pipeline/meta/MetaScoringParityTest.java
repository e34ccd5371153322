package org.bridgewatch.scoring.pipeline.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.StatusHistoryUpdater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds the reference run's per-model statuses into the meta scorer and the history updater and
 * compares every meta output column and every noteStatusHistory column with the reference.
 */
class MetaScoringParityTest {

  @ParameterizedTest
  @ValueSource(strings = {"tiny", "small"})
  void matchesReferenceMetaScoringAndHistory(String fixture) throws Exception {
    String base = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(base != null, "bridgewatch.parity.dir not set");
    Path dir = Path.of(base, fixture);
    assumeTrue(Files.isDirectory(dir.resolve("reference")), "no fixture " + dir);
    ParityFixture f = new ParityFixture(dir);

    MetaScoringResult meta =
        new MetaScorer()
            .score(f.scorerResults(), f.priorHistory, f.notes, f.tagCounts(), null, f.nowMillis);
    StatusHistoryTable updated =
        StatusHistoryUpdater.update(
            meta.history, meta.scoredStatuses(f.abovePcrhThresholdTime()), f.nowMillis);

    Map<String, double[]> agreement = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    compareMeta(f, meta, agreement, mismatches);
    compareHistory(f, updated, agreement, mismatches);

    StringBuilder report = new StringBuilder("parity " + fixture + ":\n");
    agreement.forEach(
        (column, counts) ->
            report.append(
                String.format(
                    "  %-48s %6.2f%% (%d/%d)%n",
                    column, 100 * counts[0] / counts[1], (long) counts[0], (long) counts[1])));
    System.out.print(report);
    mismatches.stream().limit(30).forEach(System.out::println);
    assertThat(mismatches).as(report.toString()).isEmpty();
  }

  private static void compareMeta(
      ParityFixture f, MetaScoringResult meta, Map<String, double[]> agreement, List<String> out) {
    assertThat(meta.size).isEqualTo(f.scored.size());
    for (int row = 0; row < meta.size; row++) {
      assertThat(Long.toString(meta.history.noteId[row])).isEqualTo(f.scored.get(row, "noteId"));
    }
    column(f.scored, "finalRatingStatus", meta.size, r -> status(meta.finalRatingStatus[r]), agreement, out);
    column(f.scored, "decidedBy", meta.size, r -> meta.decidedBy[r], agreement, out);
    column(f.scored, "metaScorerActiveRules", meta.size, r -> meta.metaScorerActiveRules[r], agreement, out);
    column(f.scored, "firstTag", meta.size, r -> nullToEmpty(MetaScoringResult.tagName(meta.firstTag[r])), agreement, out);
    column(f.scored, "secondTag", meta.size, r -> nullToEmpty(MetaScoringResult.tagName(meta.secondTag[r])), agreement, out);
    // The reference measured the rescoring windows against its wall clock when it started.
    String[] rescoring =
        RescoringActiveRules.forFullRun(meta.history, new boolean[f.notes.size], f.startedMillis);
    column(f.scored, "rescoringActiveRules", meta.size, r -> rescoring[r], agreement, out);
    column(f.aux, "unlockedRatingStatus", meta.size, r -> status(meta.unlockedRatingStatus[r]), agreement, out);
    column(f.aux, "preStabilizationRatingStatus", meta.size, r -> status(meta.preStabilizationRatingStatus[r]), agreement, out);
    column(f.aux, "awaitingBool", meta.size, r -> bool(meta.awaitingBool[r]), agreement, out);
    column(f.aux, "crhBool", meta.size, r -> bool(meta.crhBool[r]), agreement, out);
    column(f.aux, "crnhBool", meta.size, r -> bool(meta.crnhBool[r]), agreement, out);
  }

  private static void compareHistory(
      ParityFixture f, StatusHistoryTable h, Map<String, double[]> agreement, List<String> out) {
    ParityTsv e = f.expectedHistory;
    assertThat(h.size).isEqualTo(e.size());
    int n = h.size;
    column(e, "noteId", n, r -> Long.toString(h.noteId[r]), agreement, out);
    column(e, "noteAuthorParticipantId", n, r -> f.participants.id(h.author[r]), agreement, out);
    column(e, "createdAtMillis", n, r -> time(h.createdAtMillis[r]), agreement, out);
    column(e, "timestampMillisOfFirstNonNMRStatus", n, r -> time(h.timestampMillisOfFirstNonNMRStatus[r]), agreement, out);
    column(e, "firstNonNMRStatus", n, r -> status(h.firstNonNMRStatus[r]), agreement, out);
    column(e, "timestampMillisOfCurrentStatus", n, r -> time(h.timestampMillisOfCurrentStatus[r]), agreement, out);
    column(e, "currentStatus", n, r -> status(h.currentStatus[r]), agreement, out);
    column(e, "timestampMillisOfLatestNonNMRStatus", n, r -> time(h.timestampMillisOfLatestNonNMRStatus[r]), agreement, out);
    column(e, "mostRecentNonNMRStatus", n, r -> status(h.mostRecentNonNMRStatus[r]), agreement, out);
    column(e, "timestampMillisOfStatusLock", n, r -> time(h.timestampMillisOfStatusLock[r]), agreement, out);
    column(e, "lockedStatus", n, r -> status(h.lockedStatus[r]), agreement, out);
    column(e, "timestampMillisOfRetroLock", n, r -> time(h.timestampMillisOfRetroLock[r]), agreement, out);
    column(e, "currentCoreStatus", n, r -> status(h.currentCoreStatus[r]), agreement, out);
    column(e, "currentExpansionStatus", n, r -> status(h.currentExpansionStatus[r]), agreement, out);
    column(e, "currentGroupStatus", n, r -> status(h.currentGroupStatus[r]), agreement, out);
    column(e, "currentDecidedBy", n, r -> nullToEmpty(h.currentDecidedBy[r]), agreement, out);
    column(e, "currentModelingGroup", n, r -> integer(h.currentModelingGroup[r]), agreement, out);
    column(e, "timestampMillisOfMostRecentStatusChange", n, r -> time(h.timestampMillisOfMostRecentStatusChange[r]), agreement, out);
    column(e, "timestampMillisOfNmrDueToMinStableCrhTime", n, r -> time(h.timestampMillisOfNmrDueToMinStableCrhTime[r]), agreement, out);
    column(e, "currentMultiGroupStatus", n, r -> status(h.currentMultiGroupStatus[r]), agreement, out);
    column(e, "currentModelingMultiGroup", n, r -> integer(h.currentModelingMultiGroup[r]), agreement, out);
    column(e, "timestampMinuteOfFinalScoringOutput", n, r -> time(h.timestampMinuteOfFinalScoringOutput[r]), agreement, out);
    column(e, "timestampMillisOfFirstNmrDueToMinStableCrhTime", n, r -> time(h.timestampMillisOfFirstNmrDueToMinStableCrhTime[r]), agreement, out);
    column(e, "abovePcrhThresholdTime", n, r -> time(h.abovePcrhThresholdTime[r]), agreement, out);
    assertThat(StatusHistoryTable.COLUMNS).containsExactlyElementsOf(e.header);
  }

  private static void column(
      ParityTsv expected,
      String name,
      int rows,
      IntFunction<String> actual,
      Map<String, double[]> agreement,
      List<String> mismatches) {
    int same = 0;
    for (int r = 0; r < rows; r++) {
      String want = normalize(expected.get(r, name));
      String got = actual.apply(r);
      if (want.equals(got)) {
        same++;
      } else {
        mismatches.add(name + " row " + r + " note " + expected.get(r, "noteId") + ": want '" + want + "' got '" + got + "'");
      }
    }
    agreement.put(name, new double[] {same, rows});
  }

  /** "1793494800000.0" and "13.0" become integers; anything else is kept. */
  private static String normalize(String value) {
    if (value.matches("-?\\d+\\.0")) {
      return value.substring(0, value.length() - 2);
    }
    return value;
  }

  private static String status(byte code) {
    return code == Nulls.NO_CODE ? "" : NoteStatus.ofCode(code).name();
  }

  private static String time(long t) {
    return t == Nulls.NO_TIME ? "" : Long.toString(t);
  }

  private static String integer(int v) {
    return v == Nulls.NO_INT ? "" : Integer.toString(v);
  }

  private static String bool(boolean b) {
    return b ? "True" : "False";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
