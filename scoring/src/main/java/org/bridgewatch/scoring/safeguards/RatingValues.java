package org.bridgewatch.scoring.safeguards;

import org.bridgewatch.scoring.model.RatingTable;

/**
 * A rating's helpfulNum as a small code (0 = 0.0, 1 = 0.5, 2 = 1.0), the key by which raters count
 * as acting alike. Version-1 rows without a helpfulness level fall back to the helpful / notHelpful
 * flags, notHelpful winning, as the reference's helpfulNum derivation does; -1 when neither.
 */
final class RatingValues {
  private RatingValues() {}

  static int code(RatingTable ratings, int r) {
    byte level = ratings.level[r];
    if (level >= 0) {
      return level;
    }
    if (ratings.notHelpfulFlag(r)) {
      return 0;
    }
    return ratings.helpfulFlag(r) ? 2 : -1;
  }
}
