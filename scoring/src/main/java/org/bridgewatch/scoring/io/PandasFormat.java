package org.bridgewatch.scoring.io;

import java.math.BigDecimal;

/**
 * Renders values exactly as pandas' {@code to_csv} does, so our TSVs diff cleanly against the
 * reference's.
 *
 * <p>Floats use numpy's shortest round-trip repr: float32 columns print float32's shortest digits
 * ({@code 0.44102737}), float64 columns float64's ({@code 0.07316761463880539}). Positional
 * notation is used when the value is 0 or 1e-4 <= |v| < 1e16, always with a fractional part ({@code
 * 14.0}); otherwise scientific with a signed, at least two-digit exponent ({@code 1e-05}, {@code
 * 1.5e-07}, {@code 1e+16}). The shortest digits come from {@link Float#toString} and {@link
 * Double#toString}, which are shortest-round-trip since JDK 19; only their layout differs.
 */
public final class PandasFormat {
  private static final double POSITIONAL_MIN = 1e-4;
  private static final double POSITIONAL_MAX = 1e16;

  private PandasFormat() {}

  /** numpy float32 repr; NaN as empty (pandas' default {@code na_rep}). */
  public static void appendFloat32(StringBuilder out, float v) {
    if (Float.isNaN(v)) {
      return;
    }
    if (Float.isInfinite(v)) {
      out.append(v > 0 ? "inf" : "-inf");
      return;
    }
    appendShortest(out, Float.toString(v), v, true);
  }

  /** numpy float64 / Python repr; NaN as empty. */
  public static void appendFloat64(StringBuilder out, double v) {
    if (Double.isNaN(v)) {
      return;
    }
    if (Double.isInfinite(v)) {
      out.append(v > 0 ? "inf" : "-inf");
      return;
    }
    appendShortest(out, Double.toString(v), v, false);
  }

  public static String float32(float v) {
    StringBuilder sb = new StringBuilder(16);
    appendFloat32(sb, v);
    return sb.toString();
  }

  public static String float64(double v) {
    StringBuilder sb = new StringBuilder(24);
    appendFloat64(sb, v);
    return sb.toString();
  }

  /** Python's {@code True}/{@code False}. */
  public static String bool(boolean v) {
    return v ? "True" : "False";
  }

  /**
   * Re-lays out Java's shortest digits ("1.0E-5", "123.45", "-0.0") in numpy's style. {@code value}
   * decides positional vs scientific, as numpy compares the value, not its digits.
   */
  private static void appendShortest(
      StringBuilder out, String java, double value, boolean isFloat) {
    int pos = 0;
    if (java.charAt(0) == '-') {
      out.append('-');
      pos = 1;
    }
    int e = java.indexOf('E');
    int mantissaEnd = e < 0 ? java.length() : e;
    int exponent = e < 0 ? 0 : Integer.parseInt(java, e + 1, java.length(), 10);
    // Collect significant digits and find the decimal point position ("decpt": value =
    // 0.d1d2... x 10^decpt).
    char[] digits = new char[mantissaEnd - pos];
    int n = 0;
    int decpt = 0;
    boolean seenPoint = false;
    boolean leading = true;
    for (int i = pos; i < mantissaEnd; i++) {
      char c = java.charAt(i);
      if (c == '.') {
        seenPoint = true;
        continue;
      }
      if (leading && c == '0') {
        if (seenPoint) {
          decpt--;
        }
        continue;
      }
      leading = false;
      digits[n++] = c;
      if (!seenPoint) {
        decpt++;
      }
    }
    while (n > 0 && digits[n - 1] == '0') {
      n--;
    }
    if (n == 0) {
      out.append("0.0");
      return;
    }
    decpt += exponent;
    if (n == 2 && oneDigitRoundTrips(digits, decpt, value, isFloat)) {
      n = 1;
      if (digits[0] > '9') {
        digits[0] = '1';
        decpt++;
      }
    }
    double abs = Math.abs(value);
    if (abs >= POSITIONAL_MIN && abs < POSITIONAL_MAX) {
      appendPositional(out, digits, n, decpt);
    } else {
      appendScientific(out, digits, n, decpt - 1);
    }
  }

  /**
   * Java considers two-digit decimals when one digit would do, and keeps the closer ("4.9E-324");
   * Python and numpy keep the shortest ("5e-324"). Only subnormals are affected. On success the
   * closest one-digit decimal is left in {@code digits[0]} (':' standing for a carry to "10").
   */
  private static boolean oneDigitRoundTrips(
      char[] digits, int decpt, double value, boolean isFloat) {
    char down = digits[0];
    char up = (char) (digits[0] + 1);
    boolean downOk = roundTrips(down, decpt, value, isFloat);
    boolean upOk = roundTrips(up, decpt, value, isFloat);
    if (!downOk && !upOk) {
      return false;
    }
    if (downOk && upOk) {
      BigDecimal exact = new BigDecimal(Math.abs(value));
      BigDecimal dDown = oneDigit(down, decpt).subtract(exact).abs();
      BigDecimal dUp = oneDigit(up, decpt).subtract(exact).abs();
      digits[0] = dUp.compareTo(dDown) < 0 ? up : down;
    } else {
      digits[0] = upOk ? up : down;
    }
    return true;
  }

  private static boolean roundTrips(char digit, int decpt, double value, boolean isFloat) {
    BigDecimal candidate = oneDigit(digit, decpt);
    double abs = Math.abs(value);
    return isFloat ? candidate.floatValue() == (float) abs : candidate.doubleValue() == abs;
  }

  /** The decimal 0.d x 10^decpt, where d may be ':' meaning 10. */
  private static BigDecimal oneDigit(char digit, int decpt) {
    return BigDecimal.valueOf(digit - '0').scaleByPowerOfTen(decpt - 1);
  }

  private static void appendPositional(StringBuilder out, char[] digits, int n, int decpt) {
    if (decpt <= 0) {
      out.append("0.");
      for (int i = decpt; i < 0; i++) {
        out.append('0');
      }
      out.append(digits, 0, n);
    } else if (decpt >= n) {
      out.append(digits, 0, n);
      for (int i = n; i < decpt; i++) {
        out.append('0');
      }
      out.append(".0");
    } else {
      out.append(digits, 0, decpt).append('.').append(digits, decpt, n - decpt);
    }
  }

  private static void appendScientific(StringBuilder out, char[] digits, int n, int exp10) {
    out.append(digits[0]);
    if (n > 1) {
      out.append('.').append(digits, 1, n - 1);
    }
    out.append('e').append(exp10 < 0 ? '-' : '+');
    int abs = Math.abs(exp10);
    if (abs < 10) {
      out.append('0');
    }
    out.append(abs);
  }

  /**
   * Python csv's QUOTE_MINIMAL: a field holding a tab, a quote or a line break is wrapped in quotes
   * with inner quotes doubled; anything else is written as is.
   */
  public static void appendString(StringBuilder out, String s) {
    if (s == null) {
      return;
    }
    if (!needsQuotes(s)) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  private static boolean needsQuotes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
