package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PandasFormatTest {

  @ParameterizedTest(name = "float32 {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.44102737|0.44102737",
        "-0.033465844|-0.033465844",
        "14|14.0",
        "0|0.0",
        "-0.0|-0.0",
        "1e-5|1e-05",
        "1.5e-7|1.5e-07",
        "1e16|1e+16",
        "1e7|10000000.0",
        "0.001|0.001",
        "16777216|16777216.0",
        "3.4028235e38|3.4028235e+38",
        "0.00012|0.00012",
        // float32(0.0001) is 9.99999974e-05, below numpy's 1e-4 cut: scientific
        "0.0001|1e-04",
        "1.4e-45|1e-45",
        "123456.79|123456.79"
      })
  void float32LikeNumpy(String input, String expected) {
    assertThat(PandasFormat.float32(Float.parseFloat(input))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "float64 {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.07316761463880539|0.07316761463880539",
        "1793494800000|1793494800000.0",
        "-1793494800000|-1793494800000.0",
        "14|14.0",
        "-1|-1.0",
        "1e-5|1e-05",
        "1.5e-7|1.5e-07",
        "1e16|1e+16",
        "1.5e16|1.5e+16",
        "1e15|1000000000000000.0",
        "9999999999999998|9999999999999998.0",
        "123456789012345678|1.2345678901234568e+17",
        "0.0001|0.0001",
        "0.000099|9.9e-05",
        "1e22|1e+22",
        "1e23|1e+23",
        "1e100|1e+100",
        "2.5e-300|2.5e-300",
        "4.9e-324|5e-324",
        "3.724375486464303e-05|3.724375486464303e-05",
        "-1.6666666666666665|-1.6666666666666665",
        "0.30000000000000004|0.30000000000000004",
        "123456789|123456789.0"
      })
  void float64LikePython(String input, String expected) {
    assertThat(PandasFormat.float64(Double.parseDouble(input))).isEqualTo(expected);
  }

  @Test
  void nanIsEmptyAndInfinityIsInf() {
    assertThat(PandasFormat.float32(Float.NaN)).isEmpty();
    assertThat(PandasFormat.float64(Double.NaN)).isEmpty();
    assertThat(PandasFormat.float64(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PandasFormat.float32(Float.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void boolsArePythonStyle() {
    assertThat(PandasFormat.bool(true)).isEqualTo("True");
    assertThat(PandasFormat.bool(false)).isEqualTo("False");
  }

  @Test
  void stringsAreQuotedOnlyWhenNeeded() {
    assertThat(quoted("plain text, with comma")).isEqualTo("plain text, with comma");
    assertThat(quoted("He said \"no\"")).isEqualTo("\"He said \"\"no\"\"\"");
    assertThat(quoted("a\tb")).isEqualTo("\"a\tb\"");
    assertThat(quoted("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(quoted(null)).isEmpty();
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    PandasFormat.appendString(sb, s);
    return sb.toString();
  }
}
