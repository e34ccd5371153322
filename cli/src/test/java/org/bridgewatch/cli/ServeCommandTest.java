package org.bridgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bridgewatch serve --demo} as a user runs it: its own JVM in an empty directory, a small
 * generated community, real HTTP, then stopped with SIGTERM as Ctrl-C or a service manager would.
 */
class ServeCommandTest {
  private static final Duration STARTUP = Duration.ofSeconds(120); // a loaded 2-core CI box
  private static final Pattern TOKEN = Pattern.compile("Operator token \\(shown once\\): (bw_\\S+)");

  @TempDir Path dir;

  @Test
  void serveDemoAnswersHealthOpenApiAndDataThenStopsOnSigterm() throws Exception {
    int port = freePort();
    Path log = dir.resolve("serve.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--demo", "--port", Integer.toString(port),
        // A small community: the demo's import and first scoring run take seconds, not a minute.
        "--bridgewatch.demo.notes=40", "--bridgewatch.demo.raters=40", "--bridgewatch.demo.ratings=800"));
    Process serve = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try (HttpClient http = HttpClient.newHttpClient()) {
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> health = waitForHealth(http, base + "/actuator/health", serve, log);
      assertThat(health.body()).contains("\"status\":\"UP\"");

      HttpResponse<String> openApi = get(http, base + "/api/v1/openapi.json", null);
      assertThat(openApi.statusCode()).isEqualTo(200);
      assertThat(openApi.body()).contains("\"openapi\"").contains("/api/v1/notes/{noteId}/ratings/me");

      // The demo's community is there, scored, and its printed operator token works.
      assertThat(dir.resolve("data/demo")).isDirectory();
      assertThat(get(http, base + "/api/v1/posts", null).body()).contains("\"id\"");
      Matcher token = TOKEN.matcher(Files.readString(log));
      assertThat(token.find()).as(Files.readString(log)).isTrue();
      HttpResponse<String> runs = get(http, base + "/api/v1/operator/scoring/runs", token.group(1));
      assertThat(runs.statusCode()).isEqualTo(200);
      assertThat(runs.body()).contains("SUCCEEDED");
    } finally {
      serve.destroy(); // SIGTERM: Spring's shutdown hook closes the server
    }
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    assertThat(acceptsConnections(port)).isFalse();
  }

  private static HttpResponse<String> waitForHealth(HttpClient http, String url, Process serve, Path log)
      throws Exception {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(serve.isAlive()).as("serve exited early:%n%s", Files.readString(log)).isTrue();
      try {
        HttpResponse<String> r = get(http, url, null);
        if (r.statusCode() == 200) {
          return r;
        }
      } catch (ConnectException notYetListening) {
        // The port opens only after the demo is imported and scored.
      }
      serve.waitFor(250, TimeUnit.MILLISECONDS); // returns at once if the process dies
    }
    throw new AssertionError("no healthy server within " + STARTUP + ":\n" + Files.readString(log));
  }

  private static HttpResponse<String> get(HttpClient http, String url, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean acceptsConnections(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
