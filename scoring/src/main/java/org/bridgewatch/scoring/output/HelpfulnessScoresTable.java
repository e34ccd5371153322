package org.bridgewatch.scoring.output;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.bridgewatch.scoring.contributors.ContributorScores;
import org.bridgewatch.scoring.contributors.HelpfulnessScores;
import org.bridgewatch.scoring.io.OutputColumns;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.pipeline.MfScorerOutput;
import org.bridgewatch.scoring.pipeline.ScoringResult;

/**
 * helpfulness_scores.tsv: one row per participant with a contributor score or model parameters,
 * ordered by participant id.
 */
public final class HelpfulnessScoresTable {
  private HelpfulnessScoresTable() {}

  public static OutputTable build(ScoringResult result) {
    ParticipantIndex ids = result.input().participants();
    ContributorScores c = result.contributors();
    MfScorerOutput core = result.core();
    int people = ids.size();
    ModelRaterColumns models =
        new ModelRaterColumns(result.prescorings().values(), result.input().enrollment(), people);
    boolean[] present = new boolean[people];
    for (int p = 0; p < people; p++) {
      present[p] = c.present[p] || (core != null && hasCoreRow(core, p)) || models.hasRow(p);
    }
    int[] rows =
        IntStream.range(0, people)
            .filter(p -> present[p])
            .boxed()
            .sorted((a, b) -> ids.id(a).compareTo(ids.id(b)))
            .mapToInt(Integer::intValue)
            .toArray();
    OutputTable t = new OutputTable(rows.length);
    t.strings("raterParticipantId", r -> ids.id(rows[r]))
        .column("enrollmentState", (r, out) -> out.append(c.enrollmentState[rows[r]]))
        .float64("successfulRatingHelpfulCount", gather(c.successfulRatingHelpfulCount, rows))
        .float64(
            "successfulRatingNotHelpfulCount", gather(c.successfulRatingNotHelpfulCount, rows))
        .float64("successfulRatingTotal", gather(c.successfulRatingTotal, rows))
        .float64("unsuccessfulRatingHelpfulCount", gather(c.unsuccessfulRatingHelpfulCount, rows))
        .float64(
            "unsuccessfulRatingNotHelpfulCount", gather(c.unsuccessfulRatingNotHelpfulCount, rows))
        .float64("unsuccessfulRatingTotal", gather(c.unsuccessfulRatingTotal, rows))
        .float64("ratingsAwaitingMoreRatings", gather(c.ratingsAwaitingMoreRatings, rows))
        .float64("ratedAfterDecision", gather(c.ratedAfterDecision, rows))
        .float64("notesCurrentlyRatedHelpful", gather(c.notesCurrentlyRatedHelpful, rows))
        .float64("notesCurrentlyRatedNotHelpful", gather(c.notesCurrentlyRatedNotHelpful, rows))
        .float64("notesAwaitingMoreRatings", gather(c.notesAwaitingMoreRatings, rows))
        .float64("aggregateRatingReceivedTotal", gather(c.aggregateRatingReceivedTotal, rows))
        .nullableInt32(
            "successfulRatingNeededToEarnIn", gather(c.successfulRatingNeededToEarnIn, rows))
        .strings("authorTopNotHelpfulTagValues", r -> c.authorTopNotHelpfulTagValues[rows[r]])
        .int64("timestampOfLastStateChange", gather(c.timestampOfLastStateChange, rows))
        .bool("isEmergingWriter", gather(c.isEmergingWriter, rows))
        .longAsFloat64("timestampOfLastEarnOut", gather(c.timestampOfLastEarnOut, rows), Nulls.NO_TIME)
        .nullableInt32("numberOfTimesEarnedOut", gather(c.numberOfTimesEarnedOut, rows))
        .int32("crhTotal14d", gather(c.crhTotal14d, rows))
        .int32("crnhTotal14d", gather(c.crnhTotal14d, rows))
        .int32("nmrTotal14d", gather(c.nmrTotal14d, rows))
        .int32("crhTotal90d", gather(c.crhTotal90d, rows))
        .int32("crnhTotal90d", gather(c.crnhTotal90d, rows))
        .int32("nmrTotal90d", gather(c.nmrTotal90d, rows));
    if (core != null) {
      HelpfulnessScores h = core.prescoring().helpfulness();
      t.float32("coreRaterIntercept", gather(core.raterIntercept(), rows))
          .float32("coreRaterFactor1", gather(core.raterFactor(), rows))
          .float32(
              "coreFirstRoundRaterIntercept",
              gather(core.prescoring().firstRound().raterIntercept(), rows))
          .float32(
              "coreFirstRoundRaterFactor1",
              gather(core.prescoring().firstRound().raterFactor(), rows))
          .float64("crhCrnhRatioDifference", presentOnly(h.crhCrnhRatioDifference, h.present, rows))
          .float64("meanNoteScore", presentOnly(h.meanNoteScore, h.present, rows))
          .float64("raterAgreeRatio", presentOnly(h.raterAgreeRatio, h.present, rows))
          .nullableBool(
              "aboveHelpfulnessThreshold", presentBool(h.aboveHelpfulnessThreshold, h.present, rows));
    }
    models.add(t, rows);
    return Columns.complete(t, OutputColumns.HELPFULNESS_SCORES);
  }

  private static boolean hasCoreRow(MfScorerOutput core, int p) {
    return !Float.isNaN(core.prescoring().firstRound().raterIntercept()[p])
        || core.prescoring().helpfulness().present[p];
  }

  private static double[] gather(double[] v, int[] rows) {
    return Arrays.stream(rows).mapToDouble(p -> v[p]).toArray();
  }

  private static float[] gather(float[] v, int[] rows) {
    float[] out = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }

  private static int[] gather(int[] v, int[] rows) {
    return Arrays.stream(rows).map(p -> v[p]).toArray();
  }

  private static long[] gather(long[] v, int[] rows) {
    return Arrays.stream(rows).mapToLong(p -> v[p]).toArray();
  }

  private static boolean[] gather(boolean[] v, int[] rows) {
    boolean[] out = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }

  private static double[] presentOnly(double[] v, boolean[] present, int[] rows) {
    return Arrays.stream(rows).mapToDouble(p -> present[p] ? v[p] : Double.NaN).toArray();
  }

  private static byte[] presentBool(boolean[] v, boolean[] present, int[] rows) {
    byte[] out = new byte[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int p = rows[i];
      out[i] = present[p] ? (byte) (v[p] ? 1 : 0) : (byte) -1;
    }
    return out;
  }
}
