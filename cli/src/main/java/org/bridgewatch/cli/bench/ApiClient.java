package org.bridgewatch.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few API calls the load benchmark makes, over java.net.http to a loopback server. */
public final class ApiClient {
  private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern FIRST_ALIAS = Pattern.compile("\"aliases\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;

  public ApiClient(HttpClient http, String base) {
    this.http = http;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Signs up a new contributor; returns its bearer token and public participant id. */
  public String[] signUp() {
    String offer = send("POST", "/api/v1/signup/aliases", null, "{}", 200);
    Matcher alias = FIRST_ALIAS.matcher(offer);
    if (!alias.find()) {
      throw new IllegalStateException("no alias offered: " + offer);
    }
    String made = send("POST", "/api/v1/signup", null,
        "{\"offerId\":\"" + field(offer, "offerId") + "\",\"alias\":\"" + alias.group(1) + "\"}", 201);
    return new String[] {field(made, "token"), field(made, "participantId")};
  }

  public String post(String token, String authorHandle) {
    return field(send("POST", "/api/v1/posts", token,
        "{\"authorHandle\":\"" + authorHandle + "\",\"text\":\"A benchmark claim.\"}", 201), "id");
  }

  public String note(String token, String postId) {
    return field(send("POST", "/api/v1/notes", token, "{\"postId\":\"" + postId + "\","
        + "\"classification\":\"MISINFORMED_OR_POTENTIALLY_MISLEADING\",\"misleadingReasons\":[\"factualError\"],"
        + "\"trustworthySources\":true,\"summary\":\"The figure is wrong, see https://example.org/report\"}", 201),
        "noteId");
  }

  /** Rating writes through this client (the heavier JDK one; for comparison with {@link RawRatingWriters}). */
  public java.util.function.Supplier<RatingWriter> ratingWriters(String[] tokens, String[] noteIds) {
    return () -> new RatingWriter() {
      @Override
      public int rate(int rater, int note) throws IOException, InterruptedException {
        return ApiClient.this.rate(tokens[rater], noteIds[note]);
      }

      @Override
      public void close() {}
    };
  }

  /** One rating write; returns the HTTP status. */
  public int rate(String token, String noteId) throws IOException, InterruptedException {
    HttpRequest request = request("/api/v1/notes/" + noteId + "/ratings/me", token)
        .PUT(HttpRequest.BodyPublishers.ofString("{\"helpfulnessLevel\":\"HELPFUL\",\"tags\":[\"helpfulClear\"]}"))
        .header("Content-Type", "application/json").build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String send(String method, String path, String token, String json, int expected) {
    HttpRequest request = request(path, token).method(method, HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json").build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static String field(String json, String name) {
    Matcher m = STRING_FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("no " + name + " in " + json);
  }
}
