package org.bridgewatch.server.notes;

/** Why a note's writer finds its post misleading; each is a 0/1 column of the public notes table. */
public enum MisleadingReason {
  other, factualError, manipulatedMedia, outdatedInformation, missingImportantContext, unverifiedClaimAsFact, satire
}
