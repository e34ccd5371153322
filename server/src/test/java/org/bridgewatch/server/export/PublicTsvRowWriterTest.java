package org.bridgewatch.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicTsvRowWriterTest {

  @Test
  void quotesCellsAsPandasDoesAndWritesNullsEmpty() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RowWriter w = new PublicTsvRowWriter(bytes)) {
      w.header(List.of("a", "b", "c"));
      w.row(new String[] {"1", null, "x\ty\nz"});
      w.row(new String[] {"é", "", "say \"hi\""});
      w.row(new String[] {"plain", "no quotes needed", "3"});
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "a\tb\tc\n1\t\t\"x\ty\nz\"\né\t\t\"say \"\"hi\"\"\"\nplain\tno quotes needed\t3\n");
  }

  @Test
  void ratingsHeaderHasEveryPublicColumn() {
    assertThat(PublicColumns.RATINGS).hasSize(35).startsWith("noteId", "raterParticipantId")
        .endsWith("ratedOnTweetId", "ratingSourceBucketed", "suggestion", "suggestionId");
    assertThat(PublicColumns.NOTES).hasSize(24);
  }
}
