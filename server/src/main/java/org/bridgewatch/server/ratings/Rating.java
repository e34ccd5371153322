package org.bridgewatch.server.ratings;

import java.util.List;
import org.bridgewatch.scoring.model.HelpfulnessLevel;

/** A rating as its rater sees it. */
public record Rating(
    String noteId,
    String raterParticipantId,
    long createdAtMillis,
    HelpfulnessLevel helpfulnessLevel,
    List<String> tags,
    String ratingSourceBucketed,
    String suggestion,
    String suggestionId) {}
