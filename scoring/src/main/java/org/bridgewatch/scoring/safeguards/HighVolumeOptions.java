package org.bridgewatch.scoring.safeguards;

/**
 * Settings of the high-volume rater rule (reference defaults in {@link #DEFAULTS}).
 *
 * @param quantile raters whose count in a window is strictly above this quantile are high volume
 * @param windowDays trailing windows, in days before the newest rating
 * @param minNumNotesForProdData below this many distinct rated notes nobody is flagged (test data)
 */
public record HighVolumeOptions(double quantile, int[] windowDays, int minNumNotesForProdData) {
  public static final HighVolumeOptions DEFAULTS = new HighVolumeOptions(0.999, new int[] {7, 28}, 200);

  public HighVolumeOptions {
    windowDays = windowDays.clone();
  }

  @Override
  public int[] windowDays() {
    return windowDays.clone();
  }
}
