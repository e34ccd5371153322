package org.bridgewatch.scoring.model;

import java.util.EnumSet;
import java.util.List;

/**
 * Every rating tag, in the column order of the public ratings TSV. A rating's tags are one int
 * bitset ({@code RatingTable.tags}); {@link #bit()} is the tag's mask.
 */
public enum RatingTag {
  HELPFUL_OTHER("helpfulOther", true),
  HELPFUL_INFORMATIVE("helpfulInformative", true),
  HELPFUL_CLEAR("helpfulClear", true),
  HELPFUL_EMPATHETIC("helpfulEmpathetic", true),
  HELPFUL_GOOD_SOURCES("helpfulGoodSources", true),
  HELPFUL_UNIQUE_CONTEXT("helpfulUniqueContext", true),
  HELPFUL_ADDRESSES_CLAIM("helpfulAddressesClaim", true),
  HELPFUL_IMPORTANT_CONTEXT("helpfulImportantContext", true),
  HELPFUL_UNBIASED_LANGUAGE("helpfulUnbiasedLanguage", true),
  NOT_HELPFUL_OTHER("notHelpfulOther", false),
  NOT_HELPFUL_INCORRECT("notHelpfulIncorrect", false),
  NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE("notHelpfulSourcesMissingOrUnreliable", false),
  NOT_HELPFUL_OPINION_SPECULATION_OR_BIAS("notHelpfulOpinionSpeculationOrBias", false),
  NOT_HELPFUL_MISSING_KEY_POINTS("notHelpfulMissingKeyPoints", false),
  NOT_HELPFUL_OUTDATED("notHelpfulOutdated", false),
  NOT_HELPFUL_HARD_TO_UNDERSTAND("notHelpfulHardToUnderstand", false),
  NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED("notHelpfulArgumentativeOrBiased", false),
  NOT_HELPFUL_OFF_TOPIC("notHelpfulOffTopic", false),
  NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE("notHelpfulSpamHarassmentOrAbuse", false),
  NOT_HELPFUL_IRRELEVANT_SOURCES("notHelpfulIrrelevantSources", false),
  NOT_HELPFUL_OPINION_SPECULATION("notHelpfulOpinionSpeculation", false),
  NOT_HELPFUL_NOTE_NOT_NEEDED("notHelpfulNoteNotNeeded", false);

  /** The TSV column name. */
  public final String column;

  public final boolean helpful;

  RatingTag(String column, boolean helpful) {
    this.column = column;
    this.helpful = helpful;
  }

  public int bit() {
    return 1 << ordinal();
  }

  public boolean isSet(int tags) {
    return (tags & bit()) != 0;
  }

  public static final List<RatingTag> HELPFUL_TAGS =
      List.copyOf(EnumSet.range(HELPFUL_OTHER, HELPFUL_UNBIASED_LANGUAGE));
  public static final List<RatingTag> NOT_HELPFUL_TAGS =
      List.copyOf(EnumSet.range(NOT_HELPFUL_OTHER, NOT_HELPFUL_NOTE_NOT_NEEDED));
}
