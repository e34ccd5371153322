package org.bridgewatch.server.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.server.web.RuleViolation;

/**
 * Tag names to the bitset of {@link RatingTag} and back. Tags must fit the level: helpful tags
 * go with HELPFUL or SOMEWHAT_HELPFUL, not-helpful tags with NOT_HELPFUL or SOMEWHAT_HELPFUL.
 */
final class RatingTags {
  private RatingTags() {}

  static int toBits(HelpfulnessLevel level, Set<String> names) {
    int bits = 0;
    if (names == null) {
      return bits;
    }
    for (String name : names) {
      RatingTag tag = byColumn(name);
      if (tag.helpful && level == HelpfulnessLevel.NOT_HELPFUL
          || !tag.helpful && level == HelpfulnessLevel.HELPFUL) {
        throw RuleViolation.invalid("tags", "tags.matchLevel",
            "Tag " + name + " does not fit the level " + level + ".");
      }
      bits |= tag.bit();
    }
    return bits;
  }

  static List<String> toNames(int bits) {
    List<String> names = new ArrayList<>();
    for (RatingTag tag : RatingTag.values()) {
      if (tag.isSet(bits)) {
        names.add(tag.column);
      }
    }
    return names;
  }

  private static RatingTag byColumn(String name) {
    for (RatingTag tag : RatingTag.values()) {
      if (tag.column.equals(name)) {
        return tag;
      }
    }
    throw RuleViolation.invalid("tags", "tags.known", "Unknown tag " + name + ".");
  }
}
