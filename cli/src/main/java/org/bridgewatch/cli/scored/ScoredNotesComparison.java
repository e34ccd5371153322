package org.bridgewatch.cli.scored;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Agreement between two scored_notes.tsv files: status confusion matrices and numeric fits. */
public record ScoredNotesComparison(
    Path fileA, Path fileB, int notesA, int notesB, long common,
    List<StatusAgreement> statuses, List<NumericAgreement> numbers) {

  public static final List<String> DEFAULT_STATUS_COLUMNS =
      List.of("finalRatingStatus", "coreRatingStatus");
  public static final List<String> DEFAULT_NUMERIC_COLUMNS = List.of(
      "coreNoteIntercept", "coreNoteFactor1", "coreNoteInterceptMin", "coreNoteInterceptMax",
      "coreWithTopicsNoteIntercept", "coreWithTopicsNoteFactor1", "expansionNoteIntercept",
      "expansionNoteFactor1", "expansionPlusNoteIntercept", "groupNoteIntercept",
      "multiGroupNoteIntercept", "numRatings");

  /** Compares the given columns; columns missing from either file are skipped. */
  public static ScoredNotesComparison compare(Path a, Path b, List<String> statusColumns,
      List<String> numericColumns) throws IOException {
    ScoredNotesColumns left = ScoredNotesColumns.read(a, statusColumns, numericColumns);
    ScoredNotesColumns right = ScoredNotesColumns.read(b, statusColumns, numericColumns);
    long common = 0;
    for (int r = 0; r < left.size(); r++) {
      common += right.rowOf(left.noteId(r)) >= 0 ? 1 : 0;
    }
    List<StatusAgreement> statuses = new ArrayList<>();
    for (String c : statusColumns) {
      if (left.hasText(c) && right.hasText(c)) {
        statuses.add(StatusAgreement.of(c, left, right));
      }
    }
    List<NumericAgreement> numbers = new ArrayList<>();
    for (String c : numericColumns) {
      if (left.hasNumber(c) && right.hasNumber(c)) {
        numbers.add(NumericAgreement.of(c, left, right));
      }
    }
    return new ScoredNotesComparison(left.file(), right.file(), left.size(), right.size(), common,
        List.copyOf(statuses), List.copyOf(numbers));
  }

  /** Failures against the thresholds (empty when all pass); NaN thresholds are ignored. */
  public List<String> failures(double minR, double minAgreement) {
    List<String> failures = new ArrayList<>();
    for (NumericAgreement n : numbers) {
      if (!Double.isNaN(minR) && n.notes() >= 2 && !(n.pearson() >= minR)) {
        failures.add(String.format(Locale.ROOT, "%s: r = %.6f < %.6f", n.column(), n.pearson(),
            minR));
      }
    }
    for (StatusAgreement s : statuses) {
      if (!Double.isNaN(minAgreement) && s.agreement() < minAgreement) {
        failures.add(String.format(Locale.ROOT, "%s: agreement %.4f < %.4f", s.column(),
            s.agreement(), minAgreement));
      }
    }
    return failures;
  }

  public void print(PrintWriter out) {
    out.printf("A: %s (%d notes)%n", fileA, notesA);
    out.printf("B: %s (%d notes)%n", fileB, notesB);
    out.printf("notes in both: %d  (only in A: %d, only in B: %d)%n%n", common, notesA - common,
        notesB - common);
    for (StatusAgreement s : statuses) {
      printMatrix(out, s);
    }
    out.println("Numeric columns (notes where both have a value):");
    out.printf(Locale.ROOT, "  %-28s %8s %10s %11s %11s %11s %11s%n", "column", "n", "pearson r",
        "|d| p50", "|d| p90", "|d| p99", "|d| max");
    for (NumericAgreement n : numbers) {
      out.printf(Locale.ROOT, "  %-28s %8d %10s %11s %11s %11s %11s%s%n", n.column(), n.notes(),
          fmt(n.pearson(), "%.6f"), fmt(n.p50(), "%.3g"), fmt(n.p90(), "%.3g"),
          fmt(n.p99(), "%.3g"), fmt(n.max(), "%.3g"),
          n.pearson() < -0.9 ? "  (sign flipped?)" : "");
    }
    out.flush();
  }

  private static void printMatrix(PrintWriter out, StatusAgreement s) {
    out.printf(Locale.ROOT, "%s: %.2f%% agree (%d of %d notes)%n", s.column(),
        100 * s.agreement(), s.agreeing(), s.notes());
    List<String> labels = s.labels();
    out.printf("  %-28s", "A \\ B");
    for (String l : labels) {
      out.printf(" %9s", abbreviate(l));
    }
    out.println();
    for (int i = 0; i < labels.size(); i++) {
      out.printf("  %-28s", labels.get(i));
      for (int j = 0; j < labels.size(); j++) {
        out.printf(" %9d", s.counts()[i][j]);
      }
      out.println();
    }
    out.println();
  }

  /** Short column headings: CRH, CRNH, NMR, FR, NYH. */
  static String abbreviate(String status) {
    return switch (status) {
      case "CURRENTLY_RATED_HELPFUL" -> "CRH";
      case "CURRENTLY_RATED_NOT_HELPFUL" -> "CRNH";
      case "NEEDS_MORE_RATINGS" -> "NMR";
      case "FIRM_REJECT" -> "FR";
      case "NEEDS_YOUR_HELP" -> "NYH";
      default -> status.length() > 9 ? status.substring(0, 9) : status;
    };
  }

  private static String fmt(double v, String pattern) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
  }
}
