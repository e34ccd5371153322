package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ExportApiTest extends IntegrationTest {

  private static List<String> lines(Api.Response r) {
    assertThat(r.header("Content-Type")).startsWith("text/tab-separated-values");
    return Arrays.asList(r.body().split("\n"));
  }

  private static String publicHeader(String file) throws IOException {
    String dir = System.getProperty("bridgewatch.parity.dir");
    Assumptions.assumeTrue(dir != null, "no parity fixtures");
    Path path = Path.of(dir, "tiny", "data", file);
    Assumptions.assumeTrue(Files.exists(path), "no parity fixtures");
    try (var lines = Files.lines(path)) {
      return lines.findFirst().orElseThrow();
    }
  }

  @Test
  void headersEqualThePublicHeaders() throws IOException {
    for (String table : List.of("notes", "ratings", "noteStatusHistory", "userEnrollment")) {
      String header = lines(api.get("/api/v1/export/" + table + ".tsv", null).expect(200)).get(0);
      assertThat(header).as(table).isEqualTo(publicHeader(table + "-00000.tsv"));
    }
    assertThat(lines(api.get("/api/v1/export/noteRequests.tsv", null).expect(200)).get(0)).isEqualTo(String.join("\t",
        "tweetId", "sourceLinks", "suggestions", "noteRequestFeedEligibleTimestamp",
        "apiSmallFeedEligibleTimestamp", "apiLargeFeedEligibleTimestamp", "apiXlFeedEligibleTimestamp"));
  }

  @Test
  void exportShowsOldLiveNotesOnlyAfterTheDelayAndNeverDeletedOnes() {
    Api.Who w = api.writer();
    Api.Who rater = api.signUp();
    String old = api.writeNote(w, api.post(w));
    String deleted = api.writeNote(w, api.post(w));
    String fresh = api.writeNote(w, api.post(w));
    api.put("/api/v1/notes/" + old + "/ratings/me", rater.token(),
        Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("helpfulClear"))).expect(201);
    api.put("/api/v1/notes/" + deleted + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .expect(201);
    api.delete("/api/v1/notes/" + deleted, w.token()).expect(204);
    api.backdateNote(old, 49 * HOUR);
    api.backdateNote(deleted, 49 * HOUR);
    jdbc.sql("UPDATE ratings SET created_at_millis = :t WHERE rater_id = :r")
        .param("t", System.currentTimeMillis() - 49 * HOUR).param("r", rater.id()).update();

    List<String> notes = lines(api.get("/api/v1/export/notes.tsv", null).expect(200));
    assertThat(notes).anyMatch(l -> l.startsWith(old + "\t" + w.participantId() + "\t"));
    assertThat(notes).noneMatch(l -> l.startsWith(deleted + "\t"));
    assertThat(notes).noneMatch(l -> l.startsWith(fresh + "\t"));
    String row = notes.stream().filter(l -> l.startsWith(old + "\t")).findFirst().orElseThrow();
    assertThat(row.split("\t", -1)).hasSize(24);
    assertThat(row.split("\t", -1)[4]).isEqualTo("MISINFORMED_OR_POTENTIALLY_MISLEADING");

    List<String> ratings = lines(api.get("/api/v1/export/ratings.tsv", null).expect(200));
    String rating = ratings.stream().filter(l -> l.startsWith(old + "\t" + rater.participantId()))
        .findFirst().orElseThrow();
    String[] cells = rating.split("\t", -1);
    assertThat(cells).hasSize(35);
    assertThat(cells[8]).isEqualTo("HELPFUL");
    assertThat(cells[11]).isEqualTo("1"); // helpfulClear
    assertThat(cells[10]).isEqualTo("0");
    assertThat(cells[32]).isEqualTo("DEFAULT");
    assertThat(ratings).noneMatch(l -> l.startsWith(deleted + "\t"));
  }

  @Test
  void statusHistoryAndEnrollmentRowsAreExported() {
    Api.Who w = api.writer();
    String noteId = api.writeNote(w, api.post(w));
    api.backdateNote(noteId, 50 * HOUR);
    jdbc.sql("""
            INSERT INTO note_status_history (note_id, note_author_participant_id, created_at_millis,
              timestamp_millis_of_current_status, current_status, current_decided_by, current_modeling_group,
              timestamp_millis_of_most_recent_status_change, timestamp_minute_of_final_scoring_output)
            VALUES (:id, :pid, 1, 2, 'CURRENTLY_RATED_HELPFUL', 'CoreModel (v1.1)', 3, -1, 0)
            """)
        .param("id", Long.parseLong(noteId)).param("pid", w.participantId()).update();
    String nsh = lines(api.get("/api/v1/export/noteStatusHistory.tsv", null).expect(200)).stream()
        .filter(l -> l.startsWith(noteId + "\t")).findFirst().orElseThrow();
    long created = jdbc.sql("SELECT created_at_millis FROM notes WHERE note_id = :id")
        .param("id", Long.parseLong(noteId)).query(Long.class).single();
    // createdAtMillis is the note's own (the history row's stray 1 does not leak out).
    assertThat(nsh).isEqualTo(noteId + "\t" + w.participantId()
        + "\t" + created + "\t\t\t2\tCURRENTLY_RATED_HELPFUL\t\t\t\t\t\t\t\t\tCoreModel (v1.1)\t3\t-1\t\t\t\t0\t\t");

    jdbc.sql("UPDATE contributors SET created_at_millis = 5 WHERE id = :id").param("id", w.id()).update();
    String enrollment = lines(api.get("/api/v1/export/userEnrollment.tsv", null).expect(200)).stream()
        .filter(l -> l.startsWith(w.participantId())).findFirst().orElseThrow();
    assertThat(enrollment.split("\t", -1)).containsExactly(w.participantId(), "earnedIn", "5",
        enrollment.split("\t")[3], "1", "CORE", "0", "0");
  }

  @Test
  void noteRequestsAreGroupedPerPost() {
    Api.Who a = api.signUp();
    Api.Who b = api.signUp();
    String postId = api.post(a);
    api.post("/api/v1/posts/" + postId + "/requests", a.token(),
        Map.of("sourceLink", "https://x.com/s/1", "suggestion", "check the date")).expect(201);
    api.post("/api/v1/posts/" + postId + "/requests", b.token(), Map.of()).expect(201)
        .json().path("requestCount").asInt();
    api.post("/api/v1/posts/" + postId + "/requests", b.token(), Map.of()).problem(409, "request.onePerPost");
    jdbc.sql("UPDATE note_requests SET created_at_millis = 1 WHERE tweet_id = :p")
        .param("p", Long.parseLong(postId)).update();
    String row = lines(api.get("/api/v1/export/noteRequests.tsv", null).expect(200)).stream()
        .filter(l -> l.startsWith(postId + "\t")).findFirst().orElseThrow();
    // JSON cells hold quotes, so they are quoted as pandas' to_csv quotes them.
    assertThat(row).isEqualTo(postId + "\t" + quoted("[\"https://x.com/s/1\"]") + "\t"
        + quoted("[{\"suggestion_id\":\"\",\"suggestion\":\"check the date\",\"source_link\":\"https://x.com/s/1\"}]")
        + "\t-1\t-1\t-1\t-1");
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  @Test
  void anUnknownTableIs404() {
    api.get("/api/v1/export/secrets.tsv", null).problem(404, "exists");
  }
}
