package org.bridgewatch.scoring.synth;

import java.util.List;

/**
 * Column names, in order, of the files in X's public Community Notes download (and of the
 * generator's truth files), exactly as in the parity fixtures.
 */
public final class PublicTsvHeaders {
  private PublicTsvHeaders() {}

  public static final List<String> NOTES = List.of(
      "noteId", "noteAuthorParticipantId", "createdAtMillis", "tweetId", "classification", "believable", "harmful", "validationDifficulty", "misleadingOther", "misleadingFactualError", "misleadingManipulatedMedia", "misleadingOutdatedInformation", "misleadingMissingImportantContext", "misleadingUnverifiedClaimAsFact", "misleadingSatire", "notMisleadingOther", "notMisleadingFactuallyCorrect", "notMisleadingOutdatedButNotWhenWritten", "notMisleadingClearlySatire", "notMisleadingPersonalOpinion", "trustworthySources", "summary", "isMediaNote", "isCollaborativeNote");

  public static final List<String> RATINGS = List.of(
      "noteId", "raterParticipantId", "createdAtMillis", "version", "agree", "disagree", "helpful", "notHelpful", "helpfulnessLevel", "helpfulOther", "helpfulInformative", "helpfulClear", "helpfulEmpathetic", "helpfulGoodSources", "helpfulUniqueContext", "helpfulAddressesClaim", "helpfulImportantContext", "helpfulUnbiasedLanguage", "notHelpfulOther", "notHelpfulIncorrect", "notHelpfulSourcesMissingOrUnreliable", "notHelpfulOpinionSpeculationOrBias", "notHelpfulMissingKeyPoints", "notHelpfulOutdated", "notHelpfulHardToUnderstand", "notHelpfulArgumentativeOrBiased", "notHelpfulOffTopic", "notHelpfulSpamHarassmentOrAbuse", "notHelpfulIrrelevantSources", "notHelpfulOpinionSpeculation", "notHelpfulNoteNotNeeded", "ratedOnTweetId", "ratingSourceBucketed", "suggestion", "suggestionId");

  public static final List<String> NOTE_STATUS_HISTORY = List.of(
      "noteId", "noteAuthorParticipantId", "createdAtMillis", "timestampMillisOfFirstNonNMRStatus", "firstNonNMRStatus", "timestampMillisOfCurrentStatus", "currentStatus", "timestampMillisOfLatestNonNMRStatus", "mostRecentNonNMRStatus", "timestampMillisOfStatusLock", "lockedStatus", "timestampMillisOfRetroLock", "currentCoreStatus", "currentExpansionStatus", "currentGroupStatus", "currentDecidedBy", "currentModelingGroup", "timestampMillisOfMostRecentStatusChange", "timestampMillisOfNmrDueToMinStableCrhTime", "currentMultiGroupStatus", "currentModelingMultiGroup", "timestampMinuteOfFinalScoringOutput", "timestampMillisOfFirstNmrDueToMinStableCrhTime", "abovePcrhThresholdTime");

  public static final List<String> USER_ENROLLMENT = List.of(
      "participantId", "enrollmentState", "successfulRatingNeededToEarnIn", "timestampOfLastStateChange", "timestampOfLastEarnOut", "modelingPopulation", "modelingGroup", "numberOfTimesEarnedOut");

  /** The generator's per-note latent truth (not part of X's format). */
  public static final List<String> TRUTH = List.of(
      "noteId", "kind", "polaritySign", "quality", "polarity", "classification", "tweetId", "topic", "postGroup", "authorCamp", "numRatings", "fracHelpful", "createdAtMillis");

  /** The generator's per-rater latent truth (not part of X's format). */
  public static final List<String> RATERS_TRUTH = List.of(
      "participantId", "camp", "viewpoint", "leniency", "activity", "modelingGroup", "enrollmentState", "numRatings", "numNotes", "cliqueId");

  /** The header line of a file: names joined by tabs, no newline. */
  public static String line(List<String> columns) {
    return String.join("\t", columns);
  }
}
