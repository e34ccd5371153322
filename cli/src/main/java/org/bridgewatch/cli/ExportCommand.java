package org.bridgewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgewatch export DIR}: downloads a server's public export into DIR, in the file layout
 * {@code bridgewatch score} reads, plus {@code scoring-run.json} (the latest run's epoch millis and
 * seed). It calls the server's public HTTP API rather than its database: what it gets is exactly
 * what anyone gets (the same delay, no deleted notes), it works against any server without
 * database credentials, and the server stays the only code that reads its tables.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Download a Bridgewatch server's public export (notes, ratings, noteStatusHistory,"
        + " userEnrollment, noteRequests) into DIR, with the latest scoring run's --epoch-millis and --seed.")
public final class ExportCommand implements Callable<Integer> {
  private static final String TSV = "text/tab-separated-values";
  static final List<String> TABLES = List.of("notes", "ratings", "noteStatusHistory", "userEnrollment",
      "noteRequests");

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "Directory to write the TSV files into (created if needed).")
  Path dir;

  @Option(names = "--server", defaultValue = "http://localhost:8080",
      description = "Server base URL (default ${DEFAULT-VALUE}).")
  String server;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(dir);
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    for (String table : TABLES) {
      Path target = dir.resolve(table + "-00000.tsv");
      Path partial = dir.resolve(table + "-00000.tsv.part");
      HttpResponse<Path> response = http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/export/" + table + ".tsv")).GET().build(),
          HttpResponse.BodyHandlers.ofFile(partial));
      String type = response.headers().firstValue("Content-Type").orElse("none");
      // A 200 that is not TSV (a sign-in page after a redirect, a proxy's error page) is not an export.
      if (response.statusCode() != 200 || !type.startsWith(TSV)) {
        err.printf("error: %s answered %d (%s) for %s; not a Bridgewatch export%n", base, response.statusCode(),
            type, table);
        Files.deleteIfExists(partial);
        err.flush();
        return 1;
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      out.printf("%s -> %s%n", table, target);
    }
    HttpResponse<String> latest = http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/scoring/latest")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (latest.statusCode() == 200) {
      Files.writeString(dir.resolve("scoring-run.json"), latest.body());
      out.printf("latest scoring run -> %s%n", dir.resolve("scoring-run.json"));
      out.println("Re-score with that run's --epoch-millis and --seed (see \"command\" in the file) to get the"
          + " statuses the server shows, once the export covers the run (\"exportCoversRun\": true).");
    } else {
      out.println("The server has no successful scoring run yet.");
    }
    out.flush();
    return 0;
  }
}
