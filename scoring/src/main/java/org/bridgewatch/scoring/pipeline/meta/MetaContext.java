package org.bridgewatch.scoring.pipeline.meta;

import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** What the meta rules read, laid out on the meta scorer's rows. Read-only. */
final class MetaContext {
  static final byte NMR = NoteStatus.NEEDS_MORE_RATINGS.code();
  static final byte CRH = NoteStatus.CURRENTLY_RATED_HELPFUL.code();
  static final byte CRNH = NoteStatus.CURRENTLY_RATED_NOT_HELPFUL.code();
  static final byte FIRM_REJECT = NoteStatus.FIRM_REJECT.code();
  static final byte NYH = NoteStatus.NEEDS_YOUR_HELP.code();

  final int size;
  final ModelColumns models;
  /** The prior noteStatusHistory merged with the notes; same rows. */
  final StatusHistoryTable history;
  private final NoteTagCounts tagCounts;
  private final boolean[] pflipPredictsCrh;
  final long nowMillis;

  MetaContext(
      ModelColumns models,
      StatusHistoryTable history,
      NoteTagCounts tagCounts,
      boolean[] pflipPredictsCrh,
      long nowMillis) {
    this.size = history.size;
    this.models = models;
    this.history = history;
    this.tagCounts = tagCounts;
    this.pflipPredictsCrh = pflipPredictsCrh;
    this.nowMillis = nowMillis;
  }

  /**
   * A firm reject or CRNH from core (or, when core did not score the note, from expansion) blocks
   * CRH and NYH from less trusted models.
   */
  boolean crhBlocked(int row) {
    byte core = models.coreStatus[row];
    if (core != Nulls.NO_CODE) {
      return isReject(core);
    }
    return isReject(models.expansionStatus[row]);
  }

  private static boolean isReject(byte status) {
    return status == FIRM_REJECT || status == CRNH;
  }

  /** The tag total of a row's note; 0 for notes no longer in the notes file. */
  int tagCount(RatingTag tag, int row) {
    int note = history.note[row];
    return note < 0 || tagCounts == null ? 0 : tagCounts.count(tag, note);
  }

  /** pflip predicted the note stays CRH; a missing prediction counts as a predicted flip. */
  boolean pflipPredictsCrh(int row) {
    int note = history.note[row];
    return note >= 0 && pflipPredictsCrh != null && pflipPredictsCrh[note];
  }
}
