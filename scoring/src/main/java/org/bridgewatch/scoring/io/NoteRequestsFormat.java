package org.bridgewatch.scoring.io;

import org.bridgewatch.scoring.model.NoteRequestTable;

/** The noteRequests TSV: its columns, a loader into {@link NoteRequestTable}, and a writer. */
final class NoteRequestsFormat {
  static final int TWEET_ID = 0;
  static final int SOURCE_LINKS = 1;
  static final int SUGGESTIONS = 2;
  static final int FIRST_TIMESTAMP = 3;

  /** "-1 if tweetId never appears on this request feed", per the download page. */
  static final long NEVER = -1;

  /** Column order of {@link NoteRequestTable#COLUMNS}; the reference does not read this table. */
  static final TableSchema SCHEMA = schema();

  private NoteRequestsFormat() {}

  private static TableSchema schema() {
    TableSchema s = new TableSchema(PublicTable.NOTE_REQUESTS).required("tweetId");
    for (int c = 1; c < NoteRequestTable.COLUMNS.length; c++) {
      s.optional(NoteRequestTable.COLUMNS[c]);
    }
    return s;
  }

  /** Accumulates request rows; the JSON columns are kept as text, empty as "". */
  static final class Loader implements TableSource.RowSink {
    private final Growable.Longs tweetId = new Growable.Longs();
    private final Growable.Strings sourceLinks = new Growable.Strings();
    private final Growable.Strings suggestions = new Growable.Strings();
    private final Growable.Longs[] timestamps = {
      new Growable.Longs(), new Growable.Longs(), new Growable.Longs(), new Growable.Longs()
    };

    @Override
    public void accept(TsvRow row) {
      tweetId.add(row.requiredLong(TWEET_ID));
      sourceLinks.add(row.string(SOURCE_LINKS));
      suggestions.add(row.string(SUGGESTIONS));
      for (int i = 0; i < timestamps.length; i++) {
        timestamps[i].add(row.wholeNumber(FIRST_TIMESTAMP + i, NEVER));
      }
    }

    NoteRequestTable build() {
      return new NoteRequestTable(
          tweetId.trimmed(),
          sourceLinks.trimmed(),
          suggestions.trimmed(),
          timestamps[0].trimmed(),
          timestamps[1].trimmed(),
          timestamps[2].trimmed(),
          timestamps[3].trimmed());
    }
  }

  static OutputTable toOutput(NoteRequestTable q) {
    String[] c = NoteRequestTable.COLUMNS;
    return new OutputTable(q.size)
        .int64(c[0], q.tweetId)
        .strings(c[1], q.sourceLinksJson)
        .strings(c[2], q.suggestionsJson)
        .int64(c[3], q.noteRequestFeedEligibleTimestamp)
        .int64(c[4], q.apiSmallFeedEligibleTimestamp)
        .int64(c[5], q.apiLargeFeedEligibleTimestamp)
        .int64(c[6], q.apiXlFeedEligibleTimestamp);
  }
}
