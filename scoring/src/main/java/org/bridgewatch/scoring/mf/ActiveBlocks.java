package org.bridgewatch.scoring.mf;

import java.util.Arrays;

/**
 * Which blocks of one side (notes or raters) a sweep must re-solve. A block's exact solution
 * depends only on its neighbours (and the global intercept), so once a block is solved it stays
 * solved until a neighbour moves. Blocks that moved mark their neighbours on the other side.
 *
 * <p>Why: in a fit's tail most of the model has settled while a few clusters still creep (in the
 * logistic tag model, notes whose labels are all negative drift for hundreds of sweeps). Sweeping
 * only the unsettled blocks makes those sweeps cost what moves, not the whole problem.
 *
 * <p>A sweep that skips blocks never ends a fit: when such a sweep moves nothing beyond the
 * tolerance, the next one is a full sweep, and only a full sweep can declare convergence, so the
 * stopping rule is unchanged. Each chunk writes only its own blocks' flags, and the marking of
 * neighbours runs sequentially in index order: results do not depend on threads.
 */
final class ActiveBlocks {
  private final boolean[] dirty;
  private final boolean[] moved;
  private boolean all = true;
  private int lastMoved;

  ActiveBlocks(int blocks) {
    dirty = new boolean[blocks];
    moved = new boolean[blocks];
  }

  /** True when every block must be solved this sweep. */
  boolean all() {
    return all;
  }

  boolean needsSolve(int block) {
    return all || dirty[block];
  }

  /**
   * Records the outcome of solving {@code block}; a block that moved stays dirty, because a
   * damped Newton solve (logistic loss) may stop short of the block's own optimum.
   */
  void solved(int block, boolean movedBeyondThreshold) {
    moved[block] = movedBeyondThreshold;
    dirty[block] = movedBeyondThreshold;
  }

  void markAll() {
    all = true;
  }

  /**
   * After this side's half-sweep: marks the other side's neighbours of every block that moved.
   * When more than a quarter of the blocks moved, the other side is simply swept in full.
   */
  void propagate(int[] start, int[] neighbour, ActiveBlocks other) {
    int count = 0;
    for (boolean m : moved) {
      count += m ? 1 : 0;
    }
    lastMoved = count;
    if (count > moved.length / 4) {
      other.all = true;
    } else {
      for (int b = 0; b < moved.length; b++) {
        if (moved[b]) {
          for (int k = start[b]; k < start[b + 1]; k++) {
            other.dirty[neighbour[k]] = true;
          }
        }
      }
    }
    Arrays.fill(moved, false);
  }

  /** Blocks that moved beyond the threshold in the last half-sweep (for the trace log). */
  int lastMoved() {
    return lastMoved;
  }

  /** Called once the side's sweep is done: the next sweep follows the dirty flags. */
  void endSweep() {
    if (all) {
      all = false;
    }
  }
}
