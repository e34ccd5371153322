package org.bridgewatch.scoring.rules;

import java.util.List;

/**
 * Turns a model's note parameters into note statuses (the reference's {@code
 * note_ratings.compute_scored_notes}): aggregates the scorer's ratings per note, assembles the
 * scorer's rule list for the round and applies it.
 */
public final class ScoredNotesCalculator {
  private ScoredNotesCalculator() {}

  public static ScoredNotes compute(ScoredNotesInput in) {
    NoteFeatures features = features(in);
    List<ScoringRule> rules =
        MfRuleList.build(
            in.options(),
            in.finalRound(),
            in.tagThresholds(),
            MfRuleList.PresentColumns.of(features));
    return new ScoredNotes(features, RuleEngine.apply(rules, features));
  }

  /** The feature table of {@link #compute}, without applying rules. */
  public static NoteFeatures features(ScoredNotesInput in) {
    int noteCount = in.classificationByNote().length;
    NoteRows rows = NoteRows.of(in.scoredNotes(), noteCount);
    ModelNoteParams p = in.noteParams();
    NoteFeatures.Builder b =
        NoteFeatures.builder(rows.size())
            .notes(rows.notes())
            .classification(gather(in.classificationByNote(), rows))
            .currentStatus(gather(in.currentStatusByNote(), rows))
            .intercept(gather(p.intercept(), rows))
            .factor(gather(p.factor(), rows))
            .interceptBounds(gather(p.interceptMin(), rows), gather(p.interceptMax(), rows))
            .interceptPopulationSampled(gather(p.interceptPopulationSampled(), rows))
            .stats(NoteRatingStats.compute(in.ratings(), rows, in.nowMillis()))
            .signs(RaterSignCounts.compute(in.ratings(), rows, in.raterFactor()));
    if (in.finalRound()) {
      NoteRows paramNotes = NoteRows.withValue(p.factor());
      TagAggregates tags =
          TagAggregates.compute(in.ratings(), paramNotes, p.factor(), in.raterFactor());
      b.tags(tags.alignTo(paramNotes, rows))
          .incorrect(
              IncorrectAggregates.compute(
                  in.ratings(), rows, p.factor(), in.raterFactor(), in.raterIncorrect()))
          .lowDiligenceIntercept(gather(p.lowDiligenceIntercept(), rows))
          .interceptNoHighVol(gather(p.interceptNoHighVol(), rows))
          .interceptNoCorrelated(gather(p.interceptNoCorrelated(), rows));
    }
    return b.build();
  }

  private static float[] gather(float[] byNote, NoteRows rows) {
    if (byNote == null) {
      return null;
    }
    float[] out = new float[rows.size()];
    for (int row = 0; row < out.length; row++) {
      out[row] = byNote[rows.note(row)];
    }
    return out;
  }

  private static byte[] gather(byte[] byNote, NoteRows rows) {
    byte[] out = new byte[rows.size()];
    for (int row = 0; row < out.length; row++) {
      out[row] = byNote[rows.note(row)];
    }
    return out;
  }
}
