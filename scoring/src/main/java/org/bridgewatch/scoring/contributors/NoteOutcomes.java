package org.bridgewatch.scoring.contributors;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * A rating status per note (indexed like the {@link org.bridgewatch.scoring.model.NoteTable}) with
 * the three flags the contributor rules read. A note the scorer did not score has every flag false
 * and status {@link org.bridgewatch.scoring.model.Nulls#NO_CODE}.
 *
 * @param status {@link NoteStatus#code()} per note
 */
public record NoteOutcomes(byte[] status, boolean[] crh, boolean[] crnh, boolean[] awaiting) {

  /** Derives the flags from statuses: CRH, CRNH and NEEDS_MORE_RATINGS ("awaiting"). */
  public static NoteOutcomes ofStatuses(byte[] status) {
    int n = status.length;
    boolean[] crh = new boolean[n];
    boolean[] crnh = new boolean[n];
    boolean[] awaiting = new boolean[n];
    for (int i = 0; i < n; i++) {
      crh[i] = status[i] == NoteStatus.CURRENTLY_RATED_HELPFUL.code();
      crnh[i] = status[i] == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
      awaiting[i] = status[i] == NoteStatus.NEEDS_MORE_RATINGS.code();
    }
    return new NoteOutcomes(status, crh, crnh, awaiting);
  }

  public int size() {
    return status.length;
  }
}
