package org.bridgewatch.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client of the pages over real HTTP, without a browser: a cookie jar (the session),
 * the CSRF token read from a rendered form, form posts, and an optional local address to connect
 * from (any 127.x.y.z on Linux), so a test can be its own "client address" for per-address limits.
 */
final class PageSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;
  private String csrf;

  PageSession(int port, InetAddress localAddress) {
    HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (localAddress != null) {
      builder.localAddress(localAddress);
    }
    this.http = builder.build();
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  /** Posts a form with the CSRF token of the last page read (reads the sign-in page if none yet). */
  HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
    if (csrf == null) {
      get("/signin");
    }
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.put("_csrf", csrf);
    StringJoiner body = new StringJoiner("&");
    fields.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, Map.of());
  }

  /** Signs in with a key; returns the sign-in response (302 to the home page when it worked). */
  HttpResponse<String> signIn(String key) {
    get("/signin");
    HttpResponse<String> response = post("/signin", Map.of("key", key));
    if (response.statusCode() == 302) {
      get("/"); // the signed-in pages carry the token the next form posts use
    }
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
