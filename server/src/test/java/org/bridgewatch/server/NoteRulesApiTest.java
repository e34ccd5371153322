package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each write-time rule of notes, at its boundary, over HTTP. */
class NoteRulesApiTest extends IntegrationTest {
  private static final String URL = "https://example.org/a/long/source/link/that/does/not/count";

  private Map<String, Object> withSummary(String postId, String summary) {
    return Api.note(postId, summary);
  }

  @Test
  void summaryOf280CharactersBesidesUrlsIsAcceptedAnd281IsNot() {
    Api.Who w = api.writer();
    String text280 = "x".repeat(280);
    api.post("/api/v1/notes", w.token(), withSummary(api.post(w), text280 + " " + URL)).expect(201);
    api.post("/api/v1/notes", w.token(), withSummary(api.post(w), URL + " " + "y".repeat(140) + " " + URL
        + " " + "z".repeat(138))).expect(201); // 140 + 2 spaces + 138
    api.post("/api/v1/notes", w.token(), withSummary(api.post(w), "x".repeat(281) + " " + URL))
        .problem(422, "summary.maxLength")
        .json().path("field").asText().equals("summary");
  }

  @Test
  void aSummaryOfOnlyAUrlIsTooShort() {
    Api.Who w = api.writer();
    api.post("/api/v1/notes", w.token(), withSummary(api.post(w), URL)).problem(422, "summary.minLength");
    api.post("/api/v1/notes", w.token(), withSummary(api.post(w), "a " + URL)).expect(201);
  }

  @Test
  void aMisleadingNoteNeedsAUrlButANotMisleadingOneDoesNot() {
    Api.Who w = api.writer();
    var problem = api.post("/api/v1/notes", w.token(), withSummary(api.post(w), "No source given here."))
        .problem(422, "summary.sourceUrl").json();
    assertThat(problem.path("field").asText()).isEqualTo("summary");
    Map<String, Object> notMisleading = new HashMap<>(withSummary(api.post(w), "This is plainly satire."));
    notMisleading.put("classification", "NOT_MISLEADING");
    notMisleading.put("misleadingReasons", List.of());
    notMisleading.put("notMisleadingReasons", List.of("clearlySatire"));
    api.post("/api/v1/notes", w.token(), notMisleading).expect(201);
  }

  @Test
  void oneNotePerContributorPerPost() {
    Api.Who w = api.writer();
    Api.Who other = api.writer();
    String postId = api.post(w);
    api.writeNote(w, postId);
    api.post("/api/v1/notes", w.token(), Api.note(postId)).problem(409, "note.onePerPost");
    api.writeNote(other, postId);
  }

  @Test
  void onlyEarnedInAndAtRiskContributorsWrite() {
    Api.Who w = api.signUp();
    String postId = api.post(w);
    api.post("/api/v1/notes", w.token(), Api.note(postId)).problem(403, "enrollment.canWrite");
    api.setEnrollment(w, "earnedOutNoAcknowledge");
    api.post("/api/v1/notes", w.token(), Api.note(postId)).problem(403, "enrollment.canWrite");
    api.setEnrollment(w, "earnedOutAcknowledged");
    api.post("/api/v1/notes", w.token(), Api.note(postId)).problem(403, "enrollment.canWrite");
    api.setEnrollment(w, "atRisk");
    api.post("/api/v1/notes", w.token(), Api.note(postId)).expect(201);
  }

  @Test
  void negativeWritingImpactAllowsOneNotePer24Hours() {
    Api.Who w = api.writer();
    api.setWritingImpact(w, -1);
    String first = api.writeNote(w, api.post(w));
    api.post("/api/v1/notes", w.token(), Api.note(api.post(w))).problem(403, "writingLimit.daily");
    api.backdateNote(first, 24 * HOUR + 1000);
    api.writeNote(w, api.post(w));
  }

  @Test
  void concurrentWritesCannotOverrunTheDailyLimit() throws Exception {
    Api.Who w = api.writer();
    api.setWritingImpact(w, -1);
    List<String> posts = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posts.add(api.post(w));
    }
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
      List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (String postId : posts) {
        results.add(pool.submit(() -> api.post("/api/v1/notes", w.token(), Api.note(postId)).status()));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var r : results) {
        statuses.add(r.get());
      }
      assertThat(statuses).containsOnly(201, 403).filteredOn(s -> s == 201).hasSize(1);
    }
  }

  @Test
  void zeroWritingImpactWithoutNotesAllowsFiveNotes() {
    Api.Who w = api.writer();
    api.setWritingImpact(w, 0);
    for (int i = 0; i < 5; i++) {
      api.writeNote(w, api.post(w));
    }
    api.post("/api/v1/notes", w.token(), Api.note(api.post(w))).problem(403, "writingLimit.daily");
    assertThat(api.get("/api/v1/contributors/me", w.token()).json().path("notesRemainingToday").asLong()).isZero();
  }

  @Test
  void threeNotesPer24HoursOnOnePostAuthor() {
    Api.Who w = api.writer();
    api.setWritingImpact(w, 10);
    String author = "prolific" + System.nanoTime();
    String firstNote = null;
    for (int i = 0; i < 3; i++) {
      String noteId = api.writeNote(w, api.post(w, author));
      firstNote = firstNote == null ? noteId : firstNote;
    }
    api.post("/api/v1/notes", w.token(), Api.note(api.post(w, author))).problem(403, "writingLimit.postAuthor");
    api.writeNote(w, api.post(w, "someone-else" + System.nanoTime()));
    api.backdateNote(firstNote, 24 * HOUR + 1000);
    api.writeNote(w, api.post(w, author));
  }

  @Test
  void belowOnePercentCrhWithFifteenNotesOnAnAuthorAllowsOneNotePerWeek() {
    Api.Who w = api.writer();
    api.setWritingImpact(w, 50);
    String author = "target" + System.nanoTime();
    // 15 earlier notes on this author, none CRH, all older than a week (inserted directly, as
    // history; through the API they would take weeks).
    long weekAgo = System.currentTimeMillis() - 8 * 24 * HOUR;
    for (int i = 0; i < 15; i++) {
      long id = 9_000_000_000_000L + w.id() * 100 + i;
      jdbc.sql("""
              INSERT INTO posts (id, author_handle, text, created_at_millis, ingested_by, ingested_at_millis)
              VALUES (:id, :author, 'old post', :t, :by, :t)
              """)
          .param("id", id).param("author", author).param("t", weekAgo).param("by", w.id()).update();
      jdbc.sql("""
              INSERT INTO notes (note_id, author_id, created_at_millis, tweet_id, classification, summary)
              VALUES (:id, :author, :t, :id, 'NOT_MISLEADING', 'old note')
              """)
          .param("id", id).param("author", w.id()).param("t", weekAgo).update();
    }
    String recent = api.writeNote(w, api.post(w, author));
    api.post("/api/v1/notes", w.token(), Api.note(api.post(w, author))).problem(403, "writingLimit.postAuthor");
    api.backdateNote(recent, 6 * 24 * HOUR);
    api.post("/api/v1/notes", w.token(), Api.note(api.post(w, author))).problem(403, "writingLimit.postAuthor");
    api.backdateNote(recent, 7 * 24 * HOUR + 1000);
    api.writeNote(w, api.post(w, author));
  }

  @Test
  void deletingIsForTheAuthorAndHidesTheNote() {
    Api.Who w = api.writer();
    String noteId = api.writeNote(w, api.post(w));
    api.get("/api/v1/notes/" + noteId, null).expect(200);
    api.delete("/api/v1/notes/" + noteId, w.token()).expect(204);
    api.get("/api/v1/notes/" + noteId, null).problem(404, "exists");
    api.delete("/api/v1/notes/" + noteId, w.token()).problem(404, "exists");
  }

  @Test
  void invalidBodiesNameTheFieldAndRule() {
    Api.Who w = api.writer();
    var problem = api.post("/api/v1/notes", w.token(), Map.of("classification", "NOT_MISLEADING", "summary", "s"))
        .problem(422, "postId.notNull").json();
    assertThat(problem.path("field").asText()).isEqualTo("postId");
  }
}
