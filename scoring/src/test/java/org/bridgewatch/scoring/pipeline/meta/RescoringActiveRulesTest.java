package org.bridgewatch.scoring.pipeline.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgewatch.scoring.pipeline.meta.RescoringActiveRules.DAY;

import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.pipeline.history.TestTables;
import org.junit.jupiter.api.Test;

class RescoringActiveRulesTest {
  static final long WALL = 1_800_000_000_000L;

  @Test
  void fullRunSubsetsAtTheirWindowEdges() {
    long[] created = {WALL - 13 * DAY, WALL - 3 * DAY, WALL - 13 * DAY - 1, WALL - 5 * DAY, WALL - 5 * DAY};
    NoteTable notes = TestTables.notes(new long[] {1, 2, 3, 4, 5}, created);
    StatusHistoryTable h = TestTables.emptyHistory(notes);
    for (int i = 0; i < 5; i++) {
      h.timestampMillisOfCurrentStatus[i] = WALL;
    }
    h.timestampMillisOfCurrentStatus[3] = WALL - DAY - 1;
    h.timestampMillisOfCurrentStatus[4] = WALL - DAY - 1;
    boolean[] newRatings = {false, false, false, false, true};

    String[] rules = RescoringActiveRules.forFullRun(h, newRatings, WALL);

    assertThat(rules)
        .containsExactly(
            "ALL_NOTES,NOTES_CREATED_SOMEWHAT_RECENTLY",
            "ALL_NOTES",
            "ALL_NOTES",
            "ALL_NOTES,NOTES_CREATED_SOMEWHAT_RECENTLY,NEW_NOTES_NOT_RESCORED_RECENTLY_ENOUGH",
            "ALL_NOTES,NOTES_CREATED_SOMEWHAT_RECENTLY");
  }
}
