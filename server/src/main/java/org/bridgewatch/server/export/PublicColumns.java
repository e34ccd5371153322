package org.bridgewatch.server.export;

import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.NoteRequestTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** The header lines of X's public tables, in their exact order. */
final class PublicColumns {
  private PublicColumns() {}

  static final List<String> NOTES = List.of(
      "noteId", "noteAuthorParticipantId", "createdAtMillis", "tweetId", "classification", "believable",
      "harmful", "validationDifficulty", "misleadingOther", "misleadingFactualError",
      "misleadingManipulatedMedia", "misleadingOutdatedInformation", "misleadingMissingImportantContext",
      "misleadingUnverifiedClaimAsFact", "misleadingSatire", "notMisleadingOther",
      "notMisleadingFactuallyCorrect", "notMisleadingOutdatedButNotWhenWritten", "notMisleadingClearlySatire",
      "notMisleadingPersonalOpinion", "trustworthySources", "summary", "isMediaNote", "isCollaborativeNote");

  static final List<String> RATINGS = ratings();

  static final List<String> NOTE_STATUS_HISTORY = List.of(StatusHistoryTable.COLUMNS);

  static final List<String> USER_ENROLLMENT = List.of(EnrollmentTable.COLUMNS);

  static final List<String> NOTE_REQUESTS = List.of(NoteRequestTable.COLUMNS);

  private static List<String> ratings() {
    List<String> columns = new ArrayList<>(List.of(
        "noteId", "raterParticipantId", "createdAtMillis", "version", "agree", "disagree", "helpful",
        "notHelpful", "helpfulnessLevel"));
    for (RatingTag tag : RatingTag.values()) {
      columns.add(tag.column);
    }
    columns.addAll(List.of("ratedOnTweetId", "ratingSourceBucketed", "suggestion", "suggestionId"));
    return List.copyOf(columns);
  }
}
