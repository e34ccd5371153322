package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small real-HTTP client for the API, plus test fixtures built through it. */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private final String base;
  private final JdbcClient jdbc;

  Api(int port, JdbcClient jdbc) {
    this.base = "http://127.0.0.1:" + port;
    this.jdbc = jdbc;
  }

  record Response(int status, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw.body(), e);
      }
    }

    String body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** Asserts an RFC 7807 problem with this status and rule. */
    Response problem(int expectedStatus, String rule) {
      assertThat(status).as(raw.body()).isEqualTo(expectedStatus);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      assertThat(json().path("rule").asText()).as(raw.body()).isEqualTo(rule);
      return this;
    }

    Response expect(int expectedStatus) {
      assertThat(status).as(raw.body()).isEqualTo(expectedStatus);
      return this;
    }
  }

  /** A signed-up contributor: token, public id, alias and internal id. */
  record Who(String token, String participantId, String alias, long id) {}

  Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  Response post(String path, String token, Object body) {
    return send(request(path, token).POST(bodyOf(body)).header("Content-Type", "application/json"));
  }

  Response put(String path, String token, Object body) {
    return send(request(path, token).PUT(bodyOf(body)).header("Content-Type", "application/json"));
  }

  Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  // ---- fixtures ----

  Who signUp() {
    JsonNode offer = post("/api/v1/signup/aliases", null, Map.of()).expect(200).json();
    String alias = offer.path("aliases").get(0).asText();
    JsonNode made = post("/api/v1/signup", null, Map.of("offerId", offer.path("offerId").asText(), "alias", alias))
        .expect(201).json();
    String pid = made.path("participantId").asText();
    long id = jdbc.sql("SELECT id FROM contributors WHERE participant_id = :p").param("p", pid)
        .query(Long.class).single();
    return new Who(made.path("token").asText(), pid, alias, id);
  }

  /** A contributor who may write (as a scoring run would leave an earned-in writer). */
  Who writer() {
    Who who = signUp();
    setEnrollment(who, "earnedIn");
    return who;
  }

  void setEnrollment(Who who, String state) {
    jdbc.sql("UPDATE contributors SET enrollment_state = :s WHERE id = :id").param("s", state).param("id", who.id())
        .update();
  }

  void setWritingImpact(Who who, int writingImpact) {
    jdbc.sql("UPDATE contributors SET writing_impact = :wi WHERE id = :id").param("wi", writingImpact)
        .param("id", who.id()).update();
  }

  /** A new post by a new, unique author. */
  String post(Who who) {
    return post(who, "author" + UNIQUE.incrementAndGet());
  }

  String post(Who who, String authorHandle) {
    return post("/api/v1/posts", who.token(), Map.of("authorHandle", authorHandle, "text", "A claim about things."))
        .expect(201).json().path("id").asText();
  }

  static Map<String, Object> note(String postId, String summary) {
    return Map.of("postId", postId, "classification", "MISINFORMED_OR_POTENTIALLY_MISLEADING",
        "misleadingReasons", java.util.List.of("factualError"), "trustworthySources", true, "summary", summary);
  }

  static Map<String, Object> note(String postId) {
    return note(postId, "The figure is wrong; the agency reports otherwise. https://example.org/report");
  }

  String writeNote(Who who, String postId) {
    return post("/api/v1/notes", who.token(), note(postId)).expect(201).json().path("noteId").asText();
  }

  /** Moves a note's creation time back, as if it had been written earlier. */
  void backdateNote(String noteId, long millisAgo) {
    jdbc.sql("UPDATE notes SET created_at_millis = :t WHERE note_id = :id")
        .param("t", System.currentTimeMillis() - millisAgo).param("id", Long.parseLong(noteId)).update();
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
