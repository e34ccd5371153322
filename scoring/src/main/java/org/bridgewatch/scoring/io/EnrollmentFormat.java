package org.bridgewatch.scoring.io;

import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.ModelingPopulation;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;

/** The userEnrollment TSV: its columns, a loader into {@link EnrollmentTable}, and a writer. */
final class EnrollmentFormat {
  static final int PARTICIPANT = 0;
  static final int STATE = 1;
  static final int RATINGS_NEEDED = 2;
  static final int LAST_STATE_CHANGE = 3;
  static final int LAST_EARN_OUT = 4;
  static final int POPULATION = 5;
  static final int GROUP = 6;
  static final int TIMES_EARNED_OUT = 7;

  static final String[] STATES = states();
  static final String[] POPULATIONS = NotesFormat.names(ModelingPopulation.values());

  /** Column order of the reference's {@code userEnrollmentTSVColumns}. */
  static final TableSchema SCHEMA =
      new TableSchema(PublicTable.ENROLLMENT)
          .required("participantId")
          .required("enrollmentState")
          .required("successfulRatingNeededToEarnIn")
          .required("timestampOfLastStateChange")
          .optional("timestampOfLastEarnOut")
          .optional("modelingPopulation")
          .optional("modelingGroup")
          .optional("numberOfTimesEarnedOut");

  private EnrollmentFormat() {}

  private static String[] states() {
    EnrollmentState[] all = EnrollmentState.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].tsv;
    }
    return names;
  }

  /**
   * Accumulates enrollment rows. Files from before modelingPopulation existed put everyone in CORE,
   * the only population there was; an empty value stays {@link Nulls#NO_CODE}.
   */
  static final class Loader implements TableSource.RowSink {
    private final ParticipantIndex participants;
    private final Growable.Ints participant = new Growable.Ints();
    private final Growable.Bytes state = new Growable.Bytes();
    private final Growable.Ints ratingsNeeded = new Growable.Ints();
    private final Growable.Longs lastStateChange = new Growable.Longs();
    private final Growable.Longs lastEarnOut = new Growable.Longs();
    private final Growable.Bytes population = new Growable.Bytes();
    private final Growable.Ints group = new Growable.Ints();
    private final Growable.Ints timesEarnedOut = new Growable.Ints();

    Loader(ParticipantIndex participants) {
      this.participants = participants;
    }

    @Override
    public void accept(TsvRow row) {
      participant.add(participants.intern(row.id(PARTICIPANT)));
      int s = row.choice(STATE, STATES);
      if (s < 0) {
        throw row.error(STATE, "empty value (expected " + TsvRow.orList(STATES) + ")");
      }
      state.add((byte) s);
      ratingsNeeded.add(toInt(row, RATINGS_NEEDED, row.requiredLong(RATINGS_NEEDED)));
      lastStateChange.add(row.requiredLong(LAST_STATE_CHANGE));
      lastEarnOut.add(row.wholeNumber(LAST_EARN_OUT, Nulls.NO_TIME));
      population.add(
          row.has(POPULATION)
              ? (byte) row.choice(POPULATION, POPULATIONS)
              : ModelingPopulation.CORE.code());
      group.add(toInt(row, GROUP, row.wholeNumber(GROUP, Nulls.NO_INT)));
      timesEarnedOut.add(toInt(row, TIMES_EARNED_OUT, row.wholeNumber(TIMES_EARNED_OUT, 0)));
    }

    private static int toInt(TsvRow row, int column, long v) {
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw row.error(column, "value out of range: " + v);
      }
      return (int) v;
    }

    EnrollmentTable build() {
      return new EnrollmentTable(
          participant.trimmed(),
          state.trimmed(),
          ratingsNeeded.trimmed(),
          lastStateChange.trimmed(),
          lastEarnOut.trimmed(),
          population.trimmed(),
          group.trimmed(),
          timesEarnedOut.trimmed());
    }
  }

  static OutputTable toOutput(EnrollmentTable e, ParticipantIndex participants) {
    return new OutputTable(e.size)
        .strings("participantId", i -> participants.id(e.participant[i]))
        .codes("enrollmentState", e.state, STATES)
        .int32("successfulRatingNeededToEarnIn", e.successfulRatingNeededToEarnIn)
        .int64("timestampOfLastStateChange", e.timestampOfLastStateChange)
        .nullableInt64("timestampOfLastEarnOut", e.timestampOfLastEarnOut, Nulls.NO_TIME)
        .codes("modelingPopulation", e.modelingPopulation, POPULATIONS)
        .nullableInt32("modelingGroup", e.modelingGroup)
        .int32("numberOfTimesEarnedOut", e.numberOfTimesEarnedOut);
  }
}
