package org.bridgewatch.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.server.notes.MisleadingReason;
import org.bridgewatch.server.notes.NotMisleadingReason;

/**
 * The wording of the public note-writing and rating forms, keyed by the public columns. Tags the
 * public form no longer offers (Informative, Empathetic, Unique context, Outdated, Off topic,
 * Opinion/speculation/bias) still have labels for showing old ratings, but are not offered.
 */
public final class FormLabels {
  private FormLabels() {}

  public record Option(String value, String label) {}

  public static final List<Option> MISLEADING = List.of(
      new Option(MisleadingReason.factualError.name(), "It contains a factual error"),
      new Option(MisleadingReason.manipulatedMedia.name(), "It contains a digitally altered photo or video"),
      new Option(MisleadingReason.outdatedInformation.name(), "It contains outdated information that may be misleading"),
      new Option(MisleadingReason.missingImportantContext.name(), "It is a misrepresentation or missing important context"),
      new Option(MisleadingReason.unverifiedClaimAsFact.name(), "It presents an unverified claim as a fact"),
      new Option(MisleadingReason.satire.name(), "It is a joke or satire that might be misinterpreted as a fact"),
      new Option(MisleadingReason.other.name(), "Other"));

  public static final List<Option> NOT_MISLEADING = List.of(
      new Option(NotMisleadingReason.factuallyCorrect.name(), "It expresses a factually correct claim"),
      new Option(NotMisleadingReason.outdatedButNotWhenWritten.name(),
          "This post was correct when written, but is out of date now"),
      new Option(NotMisleadingReason.clearlySatire.name(), "It is clearly satirical/joking"),
      new Option(NotMisleadingReason.personalOpinion.name(), "It expresses a personal opinion"),
      new Option(NotMisleadingReason.other.name(), "Other"));

  private static final Map<RatingTag, String> TAGS = new LinkedHashMap<>();

  static {
    TAGS.put(RatingTag.HELPFUL_GOOD_SOURCES, "Cites high-quality sources");
    TAGS.put(RatingTag.HELPFUL_CLEAR, "Clear and/or well-written");
    TAGS.put(RatingTag.HELPFUL_ADDRESSES_CLAIM, "Directly addresses the post's claim");
    TAGS.put(RatingTag.HELPFUL_IMPORTANT_CONTEXT, "Provides important context");
    TAGS.put(RatingTag.HELPFUL_UNBIASED_LANGUAGE, "Neutral or unbiased language");
    TAGS.put(RatingTag.HELPFUL_OTHER, "Other");
    TAGS.put(RatingTag.NOT_HELPFUL_SOURCES_MISSING_OR_UNRELIABLE, "Sources missing or unreliable");
    TAGS.put(RatingTag.NOT_HELPFUL_IRRELEVANT_SOURCES, "Sources do not support note");
    TAGS.put(RatingTag.NOT_HELPFUL_INCORRECT, "Incorrect information");
    TAGS.put(RatingTag.NOT_HELPFUL_OPINION_SPECULATION, "Opinion or speculation");
    TAGS.put(RatingTag.NOT_HELPFUL_HARD_TO_UNDERSTAND, "Hard to understand");
    TAGS.put(RatingTag.NOT_HELPFUL_MISSING_KEY_POINTS, "Misses key points or irrelevant");
    TAGS.put(RatingTag.NOT_HELPFUL_ARGUMENTATIVE_OR_BIASED, "Argumentative or biased language");
    TAGS.put(RatingTag.NOT_HELPFUL_NOTE_NOT_NEEDED, "Note not needed on this post");
    TAGS.put(RatingTag.NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE, "Spam, harassment, or abuse");
    TAGS.put(RatingTag.NOT_HELPFUL_OTHER, "Other");
  }

  private static final Map<RatingTag, String> RETIRED_TAGS = Map.of(
      RatingTag.HELPFUL_INFORMATIVE, "Informative",
      RatingTag.HELPFUL_EMPATHETIC, "Empathetic",
      RatingTag.HELPFUL_UNIQUE_CONTEXT, "Unique context",
      RatingTag.NOT_HELPFUL_OUTDATED, "Outdated",
      RatingTag.NOT_HELPFUL_OFF_TOPIC, "Off topic",
      RatingTag.NOT_HELPFUL_OPINION_SPECULATION_OR_BIAS, "Opinion, speculation or bias");

  public static List<Option> helpfulTags() {
    return offered(true);
  }

  public static List<Option> notHelpfulTags() {
    return offered(false);
  }

  public static String tagLabel(RatingTag tag) {
    return TAGS.getOrDefault(tag, RETIRED_TAGS.getOrDefault(tag, tag.column));
  }

  private static List<Option> offered(boolean helpful) {
    return TAGS.entrySet().stream()
        .filter(e -> e.getKey().helpful == helpful)
        .map(e -> new Option(e.getKey().column, e.getValue()))
        .toList();
  }
}
