package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgewatch.cli.bench.ApiClient;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.server.BridgewatchServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bridgewatch export DIR} against a real server on an embedded database with known
 * content: the five public tables arrive, and the engine's own reader reads them back.
 */
class ExportCommandTest {
  @TempDir static Path tmp;
  private static ConfigurableApplicationContext server;
  private static String base;

  /** One server for both tests: its start is most of their time. */
  @BeforeAll
  static void startServer() {
    server = SpringApplication.run(BridgewatchServer.class,
        "--server.port=0", "--server.address=127.0.0.1",
        "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "--bridgewatch.scoring.enabled=false", "--bridgewatch.export.delay=0s",
        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void writesTheFivePublicTablesTheEngineReadsBack() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      JdbcClient jdbc = server.getBean(JdbcClient.class);
      ApiClient api = new ApiClient(http, base);

      // Known content: two writers with a note each (one deleted later), three raters, one request.
      List<String[]> people = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        people.add(api.signUp());
      }
      jdbc.sql("UPDATE contributors SET enrollment_state = 'earnedIn' WHERE participant_id IN (:a, :b)")
          .param("a", people.get(0)[1]).param("b", people.get(1)[1]).update();
      String post = api.post(people.get(0)[0], "exportAuthor");
      String kept = api.note(people.get(0)[0], post);
      String deleted = api.note(people.get(1)[0], post);
      for (int i = 2; i < 5; i++) {
        assertThat(api.rate(people.get(i)[0], kept)).isEqualTo(201);
      }
      assertThat(api.rate(people.get(2)[0], deleted)).isEqualTo(201);
      assertThat(send(http, "DELETE", base + "/api/v1/notes/" + deleted, people.get(1)[0], null)).isEqualTo(204);
      assertThat(send(http, "POST", base + "/api/v1/posts/" + post + "/requests", people.get(3)[0],
          "{\"sourceLink\":\"https://example.org/source\"}")).isEqualTo(201);

      Path out = tmp.resolve("export");
      CliRun run = CliRun.of("export", out.toString(), "--server", base);
      assertThat(run.exitCode()).as(run.err()).isZero();
      for (String table : ExportCommand.TABLES) {
        assertThat(out.resolve(table + "-00000.tsv")).isRegularFile();
        assertThat(out.resolve(table + "-00000.tsv.part")).doesNotExist();
      }
      assertThat(run.out()).contains("no successful scoring run yet");
      assertThat(out.resolve("scoring-run.json")).doesNotExist();

      ScoringInput input = PublicDataReader.read(InputPaths.fromDirectory(out));
      assertThat(input.notes().size).isEqualTo(1);
      assertThat(Long.toString(input.notes().noteId[0])).isEqualTo(kept);
      assertThat(input.ratings().size).isEqualTo(3); // the deleted note's rating is left out
      for (int r = 0; r < input.ratings().size; r++) {
        assertThat(Long.toString(input.ratings().noteId(r))).isEqualTo(kept);
      }
      assertThat(input.statusHistory().size).isEqualTo(1);
      assertThat(input.enrollment().size).isEqualTo(5);
      assertThat(input.noteRequests().size).isEqualTo(1);
      assertThat(Long.toString(input.noteRequests().tweetId[0])).isEqualTo(post);
    }
  }

  @Test
  void anAnswerThatIsNotAnExportIsAnErrorAndLeavesNoFile() throws Exception {
    // A base path that is not a Bridgewatch API: the web pages answer with a redirect to their
    // sign-in page, which is a 200 but no export.
    Path out = tmp.resolve("bad");
    CliRun run = CliRun.of("export", out.toString(), "--server", base + "/nothing");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("not a Bridgewatch export").contains("notes");
    try (var files = Files.list(out)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  private static int send(HttpClient http, String method, String url, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
