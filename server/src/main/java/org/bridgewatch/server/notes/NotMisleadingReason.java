package org.bridgewatch.server.notes;

/** Why a note's writer finds its post not misleading; each is a 0/1 column of the public notes table. */
public enum NotMisleadingReason {
  other, factuallyCorrect, outdatedButNotWhenWritten, clearlySatire, personalOpinion
}
