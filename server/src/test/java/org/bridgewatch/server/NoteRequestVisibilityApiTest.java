package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Note-request visibility rule, requestor tiers and the Top Writers' feed, at their boundaries. */
class NoteRequestVisibilityApiTest extends IntegrationTest {
  private static final AtomicLong AUTHORS = new AtomicLong(System.nanoTime());

  @Test
  void fourRequestsAtLowViewsMakeThePostEligible() {
    String post = postWithViews(0);
    for (int i = 0; i < 3; i++) {
      assertThat(request(post, api.signUp()).has("feedEligibleAtMillis")).isFalse();
    }
    long before = System.currentTimeMillis();
    JsonNode fourth = request(post, api.signUp());
    assertThat(fourth.path("requestCount").asLong()).isEqualTo(4);
    assertThat(fourth.path("feedEligibleAtMillis").asLong()).isGreaterThanOrEqualTo(before);
    assertThat(fourth.path("shownToTopWriters").asBoolean()).isTrue();
  }

  @Test
  void manyViewsNeedOneRequestPer25000Views() {
    String at = postWithViews(250_000); // threshold exactly 10
    for (int i = 0; i < 9; i++) {
      request(at, api.signUp());
    }
    assertThat(summary(at).has("feedEligibleAtMillis")).isFalse();
    assertThat(request(at, api.signUp()).has("feedEligibleAtMillis")).isTrue();

    String above = postWithViews(250_001); // threshold just over 10
    for (int i = 0; i < 10; i++) {
      request(above, api.signUp());
    }
    assertThat(summary(above).has("feedEligibleAtMillis")).isFalse();
    assertThat(request(above, api.signUp()).has("feedEligibleAtMillis")).isTrue();
  }

  @Test
  void twoMediumRequestorsSuffice() {
    String post = postWithViews(1_000_000);
    request(post, api.signUp());
    request(post, requestorWithHits(1));
    assertThat(summary(post).has("feedEligibleAtMillis")).as("one low and one medium").isFalse();
    assertThat(request(post, requestorWithHits(1)).has("feedEligibleAtMillis")).isTrue();
    assertThat(tierOfLastRequest(post)).isEqualTo("MEDIUM");
  }

  @Test
  void oneHighRequestorSuffices() {
    String post = postWithViews(1_000_000);
    assertThat(request(post, requestorWithHits(4)).has("feedEligibleAtMillis")).as("4 hits: medium").isFalse();
    Api.Who high = requestorWithHits(5);
    assertThat(request(post, high).has("feedEligibleAtMillis")).isTrue();
    assertThat(tierOfLastRequest(post)).isEqualTo("HIGH");
  }

  @Test
  void requestsMadeAfterANoteExistedDoNotCount() {
    Api.Who writer = api.writer();
    Api.Who requestor = api.signUp();
    String post = postWithViews(0);
    setCurrentlyHelpful(api.writeNote(writer, post));
    jdbc.sql("UPDATE notes SET created_at_millis = created_at_millis - 60000 WHERE tweet_id = :p")
        .param("p", Long.parseLong(post)).update();
    request(post, requestor);
    String next = postWithViews(1_000_000);
    request(next, requestor);
    assertThat(tierOfLastRequest(next)).isEqualTo("LOW");
  }

  @Test
  void eligibilityIsExportedAndOnlyTopWritersSeeTheFeed() {
    String post = postWithViews(0);
    for (int i = 0; i < 4; i++) {
      request(post, api.signUp());
    }
    long eligibleAt = summary(post).path("feedEligibleAtMillis").asLong();

    Api.Who plain = api.signUp();
    api.get("/api/v1/note-requests", plain.token()).problem(403, "requests.topWritersOnly");
    api.get("/api/v1/note-requests", null).expect(401);
    Api.Who top = api.writer();
    setCurrentlyHelpful(api.writeNote(top, api.post(top)));
    api.setWritingImpact(top, 10);
    JsonNode feed = api.get("/api/v1/note-requests", top.token()).expect(200).json();
    assertThat(feed.findValuesAsText("postId")).contains(post);
    api.setWritingImpact(top, 9);
    api.get("/api/v1/note-requests", top.token()).problem(403, "requests.topWritersOnly");

    jdbc.sql("UPDATE note_requests SET created_at_millis = 1 WHERE tweet_id = :p").param("p", Long.parseLong(post))
        .update();
    String row = api.get("/api/v1/export/noteRequests.tsv", null).expect(200).body().lines()
        .filter(l -> l.startsWith(post + "\t")).findFirst().orElseThrow();
    assertThat(row.split("\t")[3]).isEqualTo(Long.toString(eligibleAt));
  }

  // ---- fixtures ----

  private String postWithViews(long views) {
    Api.Who ingester = api.signUp();
    return api.post("/api/v1/posts", ingester.token(),
            Map.of("authorHandle", "a" + AUTHORS.incrementAndGet(), "text", "A claim.", "views", views))
        .expect(201).json().path("id").asText();
  }

  private JsonNode request(String post, Api.Who who) {
    return api.post("/api/v1/posts/" + post + "/requests", who.token(), Map.of()).expect(201).json();
  }

  private JsonNode summary(String post) {
    return api.get("/api/v1/posts/" + post + "/requests", null).expect(200).json();
  }

  /**
   * A requestor whose {@code hits} earlier requests, each made before the post had a note, are on
   * posts that now have a helpful note (hit rate 100%).
   */
  private Api.Who requestorWithHits(int hits) {
    Api.Who requestor = api.signUp();
    Api.Who writer = api.writer();
    for (int i = 0; i < hits; i++) {
      String post = postWithViews(0);
      request(post, requestor);
      jdbc.sql("UPDATE note_requests SET created_at_millis = created_at_millis - 60000 WHERE tweet_id = :p")
          .param("p", Long.parseLong(post)).update();
      setCurrentlyHelpful(api.writeNote(writer, post));
    }
    return requestor;
  }

  /** As a scoring run would leave a note rated helpful. */
  private void setCurrentlyHelpful(String noteId) {
    long id = Long.parseLong(noteId);
    jdbc.sql("DELETE FROM note_status_history WHERE note_id = :n").param("n", id).update();
    jdbc.sql("""
            INSERT INTO note_status_history (note_id, note_author_participant_id, created_at_millis, current_status)
            SELECT n.note_id, c.participant_id, n.created_at_millis, 'CURRENTLY_RATED_HELPFUL'
            FROM notes n JOIN contributors c ON c.id = n.author_id WHERE n.note_id = :n
            """)
        .param("n", id).update();
  }

  private String tierOfLastRequest(String post) {
    return jdbc.sql("SELECT requester_tier FROM note_requests WHERE tweet_id = :p ORDER BY id DESC LIMIT 1")
        .param("p", Long.parseLong(post)).query(String.class).single();
  }
}
