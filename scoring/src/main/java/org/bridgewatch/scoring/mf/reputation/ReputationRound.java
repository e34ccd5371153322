package org.bridgewatch.scoring.mf.reputation;

import java.util.EnumSet;
import java.util.Set;
import org.bridgewatch.scoring.mf.reputation.ReputationParams.Block;

/**
 * One training round's objective and free parameters:
 *
 * <pre>
 *   mean_r weight_r * BCEWithLogits(logit_r, y_r) + sum_blocks penalty_b * sum_i x_{b,i}^2
 * </pre>
 *
 * The mean is over all ratings (not the weight total), as in the reference's weighted loss.
 * Frozen blocks still contribute their (constant) penalty to the reported loss, as there.
 *
 * @param trainable the blocks this round updates
 * @param weights per-rating loss weight, in the problem's rating order
 * @param penalty L2 coefficient per unit squared sum, per block
 */
public record ReputationRound(Set<Block> trainable, float[] weights, Penalty penalty) {
  public ReputationRound {
    trainable = EnumSet.copyOf(trainable);
  }

  public boolean trains(Block b) {
    return trainable.contains(b);
  }

  /** L2 coefficients, already divided by the block's (actual or simulated) row count. */
  public record Penalty(double noteIntercept, double noteFactor, double raterIntercept,
      double raterFactor, double raterReputation, double global) {
    double of(Block b) {
      return switch (b) {
        case NOTE_INTERCEPT -> noteIntercept;
        case NOTE_FACTOR -> noteFactor;
        case RATER_INTERCEPT -> raterIntercept;
        case RATER_FACTOR -> raterFactor;
        case RATER_REPUTATION -> raterReputation;
        case GLOBAL -> global;
      };
    }
  }
}
