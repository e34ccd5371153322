package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgewatch.cli.scored.ScoredNotesComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgewatch compare A B}: how closely two scoring runs agree. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two scored_notes.tsv files (or directories holding one): status"
        + " confusion matrices and numeric agreement. Exit 1 when below --min-r /"
        + " --min-agreement.")
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "First scored_notes.tsv or its directory.")
  Path a;

  @Parameters(index = "1", description = "Second scored_notes.tsv or its directory.")
  Path b;

  @Option(names = "--status-columns", split = ",",
      description = "Status columns to tabulate (default finalRatingStatus,coreRatingStatus).")
  List<String> statusColumns = ScoredNotesComparison.DEFAULT_STATUS_COLUMNS;

  @Option(names = "--columns", split = ",",
      description = "Numeric columns to compare (default: core/expansion/group intercepts and"
          + " factors, numRatings).")
  List<String> numericColumns = ScoredNotesComparison.DEFAULT_NUMERIC_COLUMNS;

  @Option(names = "--min-r", description = "Fail (exit 1) if any numeric column's Pearson r is"
      + " below this.")
  Double minR;

  @Option(names = "--min-agreement", description = "Fail (exit 1) if any status column agrees"
      + " on fewer than this fraction of notes, e.g. 0.98.")
  Double minAgreement;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ScoredNotesComparison comparison =
        ScoredNotesComparison.compare(a, b, statusColumns, numericColumns);
    comparison.print(out);
    List<String> failures = comparison.failures(minR == null ? Double.NaN : minR,
        minAgreement == null ? Double.NaN : minAgreement);
    for (String failure : failures) {
      out.println("FAIL " + failure);
    }
    out.flush();
    return failures.isEmpty() ? 0 : 1;
  }
}
