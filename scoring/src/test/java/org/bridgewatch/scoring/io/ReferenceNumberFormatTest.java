package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number in the reference's outputs must come out of {@link PandasFormat} unchanged, as a
 * float32 or a float64 column (one kind per column), or as an integer.
 */
class ReferenceNumberFormatTest {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9.]+(e[-+][0-9]+)?|inf|-inf");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "scored_notes.tsv",
        "helpfulness_scores.tsv",
        "note_status_history.tsv",
        "aux_note_info.tsv"
      })
  void reproducesEveryNumberOfTheTinyReference(String file) throws IOException {
    Path path = Parity.reference("tiny").resolve(file);
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(path)) {
      rows.add(line.split("\t", -1));
    }
    String[] header = rows.get(0);
    int checked = 0;
    for (int c = 0; c < header.length; c++) {
      boolean float32 = true;
      boolean float64 = true;
      boolean numeric = false;
      for (int r = 1; r < rows.size(); r++) {
        String v = rows.get(r)[c];
        if (v.isEmpty() || !NUMBER.matcher(v).matches()) {
          continue;
        }
        if (!v.contains(".") && !v.contains("e")) {
          continue; // integer columns print as Java longs do
        }
        numeric = true;
        checked++;
        float32 &= PandasFormat.float32(Float.parseFloat(v)).equals(v);
        float64 &= PandasFormat.float64(Double.parseDouble(v)).equals(v);
      }
      if (numeric) {
        assertThat(float32 || float64)
            .as("column %s of %s is reproduced by float32 or float64 formatting", header[c], file)
            .isTrue();
      }
    }
    assertThat(checked).isPositive();
  }
}
