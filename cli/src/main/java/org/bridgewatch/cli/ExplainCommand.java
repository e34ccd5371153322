package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgewatch.cli.scored.NoteExplainer;
import org.bridgewatch.cli.scored.ScoredFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgewatch explain NOTE_ID --scored DIR}: why a note has its status. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain in plain language why a note has its status. Exit 2 when the note is"
        + " not in the scored output.")
public final class ExplainCommand implements Callable<Integer> {
  static final int UNKNOWN_NOTE = 2;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The note id.")
  String noteId;

  @Option(names = "--scored", required = true,
      description = "Directory with scored_notes.tsv (and optionally note_status_history.tsv).")
  Path scored;

  @Override
  public Integer call() throws Exception {
    Path scoredNotes = ScoredFiles.resolve(scored, ScoredFiles.SCORED_NOTES);
    Optional<Map<String, String>> row = ScoredFiles.findRow(scoredNotes, "noteId", noteId);
    if (row.isEmpty()) {
      spec.commandLine().getErr().printf("Note %s is not in %s%n", noteId, scoredNotes);
      spec.commandLine().getErr().flush();
      return UNKNOWN_NOTE;
    }
    Path dir = Files.isDirectory(scored) ? scored : scored.toAbsolutePath().getParent();
    Map<String, String> history = null;
    Path historyFile = dir.resolve(ScoredFiles.NOTE_STATUS_HISTORY);
    if (Files.isRegularFile(historyFile)) {
      history = ScoredFiles.findRow(historyFile, "noteId", noteId).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    new NoteExplainer(row.get(), history).explain().forEach(out::println);
    out.flush();
    return 0;
  }
}
