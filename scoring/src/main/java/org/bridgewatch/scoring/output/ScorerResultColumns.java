package org.bridgewatch.scoring.output;

import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;
import org.bridgewatch.scoring.pipeline.meta.ScorerResult;

/**
 * scored_notes columns of models that hand meta-scoring a {@link ScorerResult} directly (the
 * Gaussian models): intercept, factor, status, active rules, final-round rating count and the
 * population-sampled intercept, under the model's column prefix.
 */
final class ScorerResultColumns {
  private static final String[] STATUS_LABELS =
      Arrays.stream(NoteStatus.values()).map(Enum::name).toArray(String[]::new);

  private ScorerResultColumns() {}

  static void add(OutputTable t, ScorerKind kind, List<ScorerResult> results, int[] noteOfRow) {
    List<ScorerResult> mine = results.stream().filter(r -> r.kind == kind).toList();
    if (mine.size() != 1) {
      return; // families with one result per group would share columns with the MF group model
    }
    ScorerResult r = mine.get(0);
    int rows = noteOfRow.length;
    double[] intercept = new double[rows];
    double[] factor = new double[rows];
    byte[] status = new byte[rows];
    String[] rules = new String[rows];
    double[] numFinal = new double[rows];
    double[] sampled = new double[rows];
    for (int i = 0; i < rows; i++) {
      int n = noteOfRow[i];
      boolean scored = r.scored(n);
      intercept[i] = scored ? r.intercept[n] : Double.NaN;
      factor[i] = scored ? r.factor[n] : Double.NaN;
      status[i] = scored ? r.status[n] : Nulls.NO_CODE;
      rules[i] = scored && r.activeRules != null ? r.activeRules[n] : null;
      numFinal[i] =
          scored && r.numFinalRoundRatings != null && r.numFinalRoundRatings[n] > 0
              ? r.numFinalRoundRatings[n]
              : Double.NaN;
      sampled[i] =
          scored && r.interceptPopulationSampled != null
              ? r.interceptPopulationSampled[n]
              : Double.NaN;
    }
    String p = kind.columnPrefix;
    t.float32(p + "NoteIntercept", toFloat(intercept))
        .float32(p + "NoteFactor1", toFloat(factor))
        .codes(p + "RatingStatus", status, STATUS_LABELS)
        .strings(p + "ActiveRules", rules)
        .float64(p + "NumFinalRoundRatings", numFinal)
        .float32(p + "NoteInterceptPopulationSampled", toFloat(sampled));
  }

  private static float[] toFloat(double[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return out;
  }
}
