package org.bridgewatch.scoring.output;

import java.util.Arrays;
import java.util.Collection;
import org.bridgewatch.scoring.io.OutputTable;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.pipeline.MfPrescoring;
import org.bridgewatch.scoring.pipeline.meta.ScorerKind;

/**
 * The non-core models' rater columns of helpfulness_scores ({@code expansionRaterIntercept},
 * {@code groupRaterIntercept} with {@code modelingGroup}, ...). As in the reference
 * (convert_prescoring_rater_model_output_to_coalesced_helpfulness_scores) they are the final-round
 * parameters of each model's prescoring; a group model keeps only raters enrolled in its groups,
 * so each rater has at most one group model's values.
 */
final class ModelRaterColumns {
  private final Collection<MfPrescoring> prescorings;
  private final int[] groupOf;

  ModelRaterColumns(Collection<MfPrescoring> prescorings, EnrollmentTable enrollment, int people) {
    this.prescorings = prescorings;
    this.groupOf = new int[people];
    Arrays.fill(groupOf, Nulls.NO_INT);
    if (enrollment != null) {
      for (int i = 0; i < enrollment.size; i++) {
        int p = enrollment.participant[i];
        if (p >= 0 && p < people) {
          groupOf[p] = enrollment.modelingGroup[i];
        }
      }
    }
  }

  /** Whether any non-core model writes a row for the participant. */
  boolean hasRow(int participant) {
    for (MfPrescoring pre : prescorings) {
      if (pre.spec().kind() != ScorerKind.CORE && keeps(pre, participant)) {
        return true;
      }
    }
    return false;
  }

  void add(OutputTable t, int[] rows) {
    for (ScorerKind kind :
        new ScorerKind[] {ScorerKind.EXPANSION, ScorerKind.EXPANSION_PLUS,
          ScorerKind.CORE_WITH_TOPICS, ScorerKind.GROUP, ScorerKind.MULTI_GROUP}) {
      float[] intercept = new float[rows.length];
      float[] factor = new float[rows.length];
      int[] group = new int[rows.length];
      Arrays.fill(intercept, Float.NaN);
      Arrays.fill(factor, Float.NaN);
      Arrays.fill(group, Nulls.NO_INT);
      for (MfPrescoring pre : prescorings) {
        if (pre.spec().kind() != kind) {
          continue;
        }
        for (int i = 0; i < rows.length; i++) {
          int p = rows[i];
          if (group[i] == Nulls.NO_INT && keeps(pre, p)) {
            intercept[i] = pre.finalRound().raterIntercept()[p];
            factor[i] = pre.finalRound().raterFactor()[p];
            group[i] = pre.spec().groupId();
          }
        }
      }
      String p = kind.columnPrefix;
      t.float32(p + "RaterIntercept", intercept).float32(p + "RaterFactor1", factor);
      if (kind == ScorerKind.GROUP) {
        t.intAsFloat64("modelingGroup", group);
      } else if (kind == ScorerKind.MULTI_GROUP) {
        t.intAsFloat64("modelingMultiGroup", group);
      }
    }
  }

  private boolean keeps(MfPrescoring pre, int participant) {
    if (!pre.hasRaterRow(participant)) {
      return false;
    }
    // Group models drop raters outside their groups (they may appear as authors).
    return !pre.spec().isGroupModel() || pre.spec().groups().contains(groupOf[participant]);
  }
}
