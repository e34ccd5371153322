package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.NoteTable;

/**
 * The contributor phase that follows final note scoring: rating and writing track records,
 * enrollment transitions and the published contributor statistics.
 *
 * <p>Two views of an author's notes are used, as in the reference: the published note counts and
 * the single-trigger earn-out read all notes; the at-risk / earn-out / back-in rules read the recent
 * decided notes written since the last earn-out.
 */
public final class ContributorPhase {
  private ContributorPhase() {}

  public static ContributorScores run(ContributorPhaseInput in) {
    int participants = in.participants().size();
    NoteTable notes = in.notes();
    NoteOutcomes outcomes = in.finalOutcomes();
    long now = in.nowMillis();
    NoteHistoryLookup lookup = new NoteHistoryLookup(notes, in.statusHistory());

    NoteRatingCounts received =
        NoteRatingCounts.compute(notes.size, in.ratings(), in.ratingRows(), now);
    RaterTrackRecord raters =
        RaterTrackRecord.compute(participants, in.ratings(), in.ratingRows(), lookup, outcomes);
    AuthorNoteCounts allNotes =
        AuthorNoteCounts.allNotes(participants, notes, outcomes, received.numRatings);
    EnrollmentLedger ledger = EnrollmentLedger.of(participants, in.enrollment(), now);
    AuthorNoteCounts recent =
        AuthorNoteCounts.recentDecided(
            participants, notes, outcomes, received.numRatings, ledger.timestampOfLastEarnOut);
    String[] topTags =
        TopNotHelpfulTags.compute(participants, in.ratings(), in.ratingRows(), lookup);
    boolean[] emerging =
        EmergingWriters.compute(
            participants, notes, outcomes, in.coreNoteIntercept(), received.numRatingsLast28Days);

    ContributorScores out = new ContributorScores(participants);
    for (int p = 0; p < participants; p++) {
      // Participants with rating or recent-note counts; everyone else has missing counts.
      boolean counted = raters.hasWindowRatings[p] || recent.hasNotes[p];
      boolean present =
          counted || allNotes.hasNotes[p] || topTags[p] != null || ledger.enrolled[p];
      out.timestampOfLastEarnOut[p] = ledger.timestampOfLastEarnOut[p];
      if (!present) {
        continue;
      }
      double ratingImpact =
          counted
              ? raters.successfulTotal(p) - raters.unsuccessfulTotal(p) - raters.unsuccessfulNotHelpful[p]
              : Double.NaN;
      double recentCrnh = counted ? recent.crnh[p] : Double.NaN;
      EnrollmentStateMachine.applyTrackRecordRules(ledger, p, ratingImpact, recentCrnh, now);
      EnrollmentStateMachine.applySingleTriggerEarnOut(
          ledger, p, allNotes.crh[p], allNotes.crnh[p], counted && recent.crnh[p] > 0, now);
      boolean topWriter =
          allNotes.hasNotes[p]
              && EnrollmentStateMachine.isTopWriter(
                  allNotes.crh[p], allNotes.crnh[p], allNotes.awaiting[p]);
      EnrollmentStateMachine.settleEarnOut(ledger, p, ratingImpact, topWriter);

      out.present[p] = true;
      out.ratingImpact[p] = ratingImpact;
      out.enrollmentState[p] = ledger.outputCode(p);
      out.successfulRatingNeededToEarnIn[p] = ledger.successfulRatingNeededToEarnIn[p];
      out.timestampOfLastStateChange[p] = ledger.timestampOfLastStateChange[p];
      out.numberOfTimesEarnedOut[p] = ledger.numberOfTimesEarnedOut[p];
      out.authorTopNotHelpfulTagValues[p] = topTags[p];
      out.isEmergingWriter[p] = emerging[p];
      if (raters.hasWindowRatings[p]) {
        copyRatingCounts(raters, p, out);
      }
      if (allNotes.hasNotes[p]) {
        out.notesCurrentlyRatedHelpful[p] = allNotes.crh[p];
        out.notesCurrentlyRatedNotHelpful[p] = allNotes.crnh[p];
        out.notesAwaitingMoreRatings[p] = allNotes.awaiting[p];
        out.aggregateRatingReceivedTotal[p] = allNotes.ratingsReceived[p];
      }
    }
    copyRecentStats(in, participants, out);
    return out;
  }

  private static void copyRatingCounts(RaterTrackRecord t, int p, ContributorScores out) {
    out.successfulRatingHelpfulCount[p] = t.successfulHelpful[p];
    out.successfulRatingNotHelpfulCount[p] = t.successfulNotHelpful[p];
    out.successfulRatingTotal[p] = t.successfulTotal(p);
    out.unsuccessfulRatingHelpfulCount[p] = t.unsuccessfulHelpful[p];
    out.unsuccessfulRatingNotHelpfulCount[p] = t.unsuccessfulNotHelpful[p];
    out.unsuccessfulRatingTotal[p] = t.unsuccessfulTotal(p);
    out.ratingsAwaitingMoreRatings[p] = t.ratingsAwaitingMoreRatings[p];
    out.ratedAfterDecision[p] = t.ratedAfterDecision[p];
  }

  private static void copyRecentStats(ContributorPhaseInput in, int participants, ContributorScores out) {
    RecentNoteStats d14 =
        RecentNoteStats.compute(
            participants, in.statusHistory(), in.ratings(), in.ratingRows(), 14, true);
    RecentNoteStats d90 =
        RecentNoteStats.compute(
            participants, in.statusHistory(), in.ratings(), in.ratingRows(), 90, false);
    System.arraycopy(d14.crh, 0, out.crhTotal14d, 0, participants);
    System.arraycopy(d14.crnh, 0, out.crnhTotal14d, 0, participants);
    System.arraycopy(d14.nmr, 0, out.nmrTotal14d, 0, participants);
    System.arraycopy(d90.crh, 0, out.crhTotal90d, 0, participants);
    System.arraycopy(d90.crnh, 0, out.crnhTotal90d, 0, participants);
    System.arraycopy(d90.nmr, 0, out.nmrTotal90d, 0, participants);
  }
}
