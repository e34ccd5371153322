package org.bridgewatch.scoring.mf;

/**
 * The reference's guard on a bad fit (ranking-notes: "re-fit the model if the loss is more than
 * expected"): in the current reference it refuses the run instead, raising an error when the
 * unregularized train error exceeds the scorer's maximum, except on test-sized data (fewer than
 * 200 distinct notes).
 */
public final class TrainErrorGuard {
  /** maxFirstMFTrainError: prescoring's first (stable-init) fit. */
  public static final double MAX_FIRST_TRAIN_ERROR = 0.16;
  /** maxFinalMFTrainError (its check is disabled in the reference's final scoring). */
  public static final double MAX_FINAL_TRAIN_ERROR = 0.09;
  public static final int MIN_NOTES_FOR_PROD_DATA = 200;

  private TrainErrorGuard() {}

  /**
   * @param distinctNotes notes in the ratings the check is about (the reference counts the notes
   *     of its training ratings)
   * @throws IllegalStateException when the train error is too high on production-sized data
   */
  public static void check(MfResult result, int distinctNotes, double maxTrainError) {
    if (distinctNotes < MIN_NOTES_FOR_PROD_DATA) {
      return;
    }
    if (result.trainLoss() > maxTrainError) {
      throw new IllegalStateException(
          "Train error (" + result.trainLoss() + ") is above threshold (" + maxTrainError + ")");
    }
  }
}
