package org.bridgewatch.scoring.rules;

import org.bridgewatch.scoring.model.NoteStatus;

/**
 * What a rule list decided, per note row.
 *
 * @param status {@link NoteStatus#code()} per row (every row gets one from the initial rule)
 * @param activeRules the rules that acted on the note, in rule-list order, e.g. {@code
 *     "InitialNMR (v1.0),GeneralCRH (v1.0)"}
 * @param activeFilterTags tags that tripped the tag outlier filter, comma-joined in tag column
 *     order, or null when the filter did not act on the note
 */
public record RuleOutcome(byte[] status, String[] activeRules, String[] activeFilterTags) {

  public NoteStatus statusOf(int row) {
    return NoteStatus.ofCode(status[row]);
  }

  public boolean crh(int row) {
    return status[row] == NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  }

  public boolean crnh(int row) {
    return status[row] == NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
  }

  /** The reference's awaitingBool: true only for NEEDS_MORE_RATINGS (not FIRM_REJECT or NYH). */
  public boolean awaiting(int row) {
    return status[row] == NoteStatus.NEEDS_MORE_RATINGS.code();
  }
}
