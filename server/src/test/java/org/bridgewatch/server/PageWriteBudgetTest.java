package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Page form posts spend the same per-contributor write budget as the API (25 an hour in the test
 * configuration), and sign-in attempts spend a budget of their own per client address (40 an hour
 * here); a spent budget answers 429 with Retry-After and a plain page, never a stack trace.
 */
class PageWriteBudgetTest extends IntegrationTest {
  private static final int WRITES = 25;
  private static final int SIGN_INS = 40;

  @Test
  void pageWritesAndApiWritesShareTheContributorsBudget() {
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);
    Api.Who me = api.signUp();
    PageSession page = new PageSession(port, null);
    assertThat(page.signIn(me.token()).statusCode()).as("signing in spends no write budget").isEqualTo(302);

    for (int i = 0; i < WRITES - 2; i++) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", me.token(), Map.of("helpfulnessLevel", "HELPFUL"))
          .expect(i == 0 ? 201 : 200);
    }
    assertThat(page.post("/notes/" + noteId + "/rate", Map.of("helpfulnessLevel", "HELPFUL")).statusCode())
        .as("write %d, through a page", WRITES - 1).isEqualTo(302);
    assertThat(page.post("/posts/" + postId + "/requests", Map.of()).statusCode())
        .as("write %d, through a page", WRITES).isEqualTo(302);

    HttpResponse<String> limited = page.post("/notes/" + noteId + "/rate", Map.of("helpfulnessLevel", "NOT_HELPFUL",
        "tags", "notHelpfulMissingKeyPoints"));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(limited.body()).contains("Please slow down").contains("Please wait")
        .contains("nothing was saved").doesNotContain("Exception").doesNotContain("at org.");
    assertThat(jdbc.sql("SELECT helpfulness_level FROM ratings WHERE note_id = :n AND rater_id = :r")
        .param("n", Long.parseLong(noteId)).param("r", me.id()).query(String.class).single())
        .as("the limited rating was not saved").isEqualTo("HELPFUL");

    HttpResponse<String> htmx = page.post("/posts/" + postId + "/requests", Map.of(), Map.of("HX-Request", "true"));
    assertThat(htmx.statusCode()).isEqualTo(429);
    assertThat(htmx.headers().firstValue("HX-Retarget")).contains("#main");
    assertThat(htmx.body().strip()).startsWith("<p").contains("role=\"alert\"").contains("Please wait")
        .doesNotContain("<html");

    api.put("/api/v1/notes/" + noteId + "/ratings/me", me.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .problem(429, "rateLimit.writes");
    Api.Who other = api.signUp();
    api.put("/api/v1/notes/" + noteId + "/ratings/me", other.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .expect(201);
  }

  @Test
  void signInAttemptsHaveTheirOwnBudgetPerClientAddress() throws UnknownHostException {
    Api.Who me = api.signUp();
    // Its own loopback address, so no other test's sign-ins (all from 127.0.0.1) share this budget.
    PageSession guesser = new PageSession(port, InetAddress.getByName("127.0.0.23"));
    for (int i = 0; i < SIGN_INS; i++) {
      HttpResponse<String> wrong = guesser.post("/signin", Map.of("key", "bw_not-a-key-" + i));
      assertThat(wrong.statusCode()).as("attempt %d", i + 1).isEqualTo(200);
      assertThat(wrong.body()).contains("unknown or was revoked");
    }
    HttpResponse<String> limited = guesser.post("/signin", Map.of("key", me.token()));
    assertThat(limited.statusCode()).as("even the right key waits").isEqualTo(429);
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    assertThat(limited.body()).contains("Please wait").doesNotContain("Exception");

    PageSession elsewhere = new PageSession(port, InetAddress.getByName("127.0.0.24"));
    assertThat(elsewhere.signIn(me.token()).statusCode()).as("another address has its own budget").isEqualTo(302);
    Api.Who writer = api.writer();
    String noteId = api.writeNote(writer, api.post(writer));
    assertThat(elsewhere.post("/notes/" + noteId + "/rate", Map.of("helpfulnessLevel", "HELPFUL")).statusCode())
        .as("the contributor's write budget is untouched").isEqualTo(302);
  }
}
