package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RatingApiTest extends IntegrationTest {
  @Autowired DataSource dataSource;
  @Autowired MeterRegistry meters;

  private String noteBy(Api.Who writer) {
    return api.writeNote(writer, api.post(writer));
  }

  @Test
  void aNewUserRatesAndARerateReplacesTheEarlierRating() {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    String noteId = noteBy(writer);
    String path = "/api/v1/notes/" + noteId + "/ratings/me";

    JsonNode first = api.put(path, rater.token(), Map.of("helpfulnessLevel", "HELPFUL",
        "tags", List.of("helpfulClear", "helpfulGoodSources"))).expect(201).json();
    assertThat(first.path("tags")).hasSize(2);

    JsonNode second = api.put(path, rater.token(), Map.of("helpfulnessLevel", "NOT_HELPFUL",
        "tags", List.of("notHelpfulIncorrect"))).expect(200).json();
    assertThat(second.path("helpfulnessLevel").asText()).isEqualTo("NOT_HELPFUL");
    assertThat(second.path("tags").get(0).asText()).isEqualTo("notHelpfulIncorrect");
    assertThat(second.path("createdAtMillis").asLong()).isGreaterThanOrEqualTo(first.path("createdAtMillis").asLong());

    var rows = jdbc.sql("SELECT helpfulness_level, tags FROM ratings WHERE note_id = :n AND rater_id = :r")
        .param("n", Long.parseLong(noteId)).param("r", rater.id())
        .query((rs, i) -> rs.getString(1) + ":" + rs.getInt(2)).list();
    assertThat(rows).containsExactly("NOT_HELPFUL:" + (1 << 10));
    assertThat(api.get(path, rater.token()).expect(200).json().path("helpfulnessLevel").asText())
        .isEqualTo("NOT_HELPFUL");
  }

  @Test
  void simultaneousFirstRatingsOfOneRaterLeaveOneRowAndOneCreation() throws Exception {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    String noteId = noteBy(writer);
    String path = "/api/v1/notes/" + noteId + "/ratings/me";
    int writes = 8;
    List<Callable<Integer>> calls = new java.util.ArrayList<>();
    for (int i = 0; i < writes; i++) {
      calls.add(() -> api.put(path, rater.token(), Map.of("helpfulnessLevel", "HELPFUL")).status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(writes);
    try {
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(writes - 1);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ratings WHERE note_id = :n AND rater_id = :r")
        .param("n", Long.parseLong(noteId)).param("r", rater.id()).query(Long.class).single()).isEqualTo(1L);
  }

  /**
   * Writes that queue up while a batch waits are committed together (group commit), and each still
   * gets its own answer: a broken rule fails that request alone, every accepted write is a row. The
   * test holds one rater's row lock so that the committer waits with the first write while the
   * others queue behind it.
   */
  @Test
  void writesQueuedBehindABatchAreCommittedTogetherWithTheirOwnAnswers() throws Exception {
    Api.Who writer = api.writer();
    String noteId = noteBy(writer);
    String path = "/api/v1/notes/" + noteId + "/ratings/me";
    Api.Who first = api.signUp();
    Api.Who removed = api.signUp();
    api.setEnrollment(removed, "removed");
    Api.Who badTags = api.signUp();
    List<Api.Who> raters = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      raters.add(api.signUp());
    }
    List<Callable<String>> calls = new java.util.ArrayList<>();
    for (Api.Who r : raters) {
      calls.add(() -> "ok:" + api.put(path, r.token(), Map.of("helpfulnessLevel", "HELPFUL")).status());
    }
    calls.add(() -> "own:" + api.put(path, writer.token(), Map.of("helpfulnessLevel", "HELPFUL")).status());
    calls.add(() -> "removed:" + api.put(path, removed.token(), Map.of("helpfulnessLevel", "HELPFUL")).status());
    calls.add(() -> "tags:" + api.put(path, badTags.token(),
        Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("notHelpfulOffTopic"))).status());
    DistributionSummary batches = meters.get("bridgewatch.rating.batch.writes").summary();
    long batchesBefore = batches.count();
    ExecutorService pool = Executors.newFixedThreadPool(calls.size() + 1);
    List<String> answers = new java.util.ArrayList<>();
    try (Connection held = dataSource.getConnection()) {
      held.setAutoCommit(false);
      try (PreparedStatement lock = held.prepareStatement("SELECT id FROM contributors WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, first.id());
        lock.executeQuery().close();
      }
      Future<Integer> firstWrite = pool.submit(
          () -> api.put(path, first.token(), Map.of("helpfulnessLevel", "HELPFUL")).status());
      Thread.sleep(200); // the committer takes it and waits for the lock (under H2's 1 s lock timeout)
      List<Future<String>> rest = new java.util.ArrayList<>();
      for (Callable<String> c : calls) {
        rest.add(pool.submit(c));
      }
      Thread.sleep(400); // they queue behind it
      held.commit();
      assertThat(firstWrite.get()).isEqualTo(201);
      for (Future<String> f : rest) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(answers).filteredOn(a -> a.equals("ok:201")).hasSize(raters.size());
    assertThat(answers).contains("own:403", "removed:403", "tags:422");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ratings WHERE note_id = :n").param("n", Long.parseLong(noteId))
        .query(Long.class).single()).isEqualTo(raters.size() + 1L);
    // 24 writes in fewer transactions than writes: some were committed together.
    long batchesUsed = batches.count() - batchesBefore;
    assertThat(batchesUsed).isBetween(2L, (long) calls.size());
  }

  @Test
  void removedContributorsCannotRate() {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    api.setEnrollment(rater, "removed");
    api.put("/api/v1/notes/" + noteBy(writer) + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .problem(403, "enrollment.canRate");
  }

  @Test
  void noOneRatesTheirOwnNote() {
    Api.Who writer = api.writer();
    String noteId = noteBy(writer);
    api.put("/api/v1/notes/" + noteId + "/ratings/me", writer.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .problem(403, "rating.ownNote");
  }

  @Test
  void tagsMustFitTheLevel() {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    String path = "/api/v1/notes/" + noteBy(writer) + "/ratings/me";
    api.put(path, rater.token(), Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("notHelpfulOffTopic")))
        .problem(422, "tags.matchLevel");
    api.put(path, rater.token(), Map.of("helpfulnessLevel", "NOT_HELPFUL", "tags", List.of("helpfulClear")))
        .problem(422, "tags.matchLevel");
    api.put(path, rater.token(), Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("veryNice")))
        .problem(422, "tags.known");
    api.put(path, rater.token(), Map.of("helpfulnessLevel", "SOMEWHAT_HELPFUL",
        "tags", List.of("helpfulClear", "notHelpfulOffTopic"))).expect(201);
  }

  @Test
  void aDeletedNoteCannotBeRated() {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    String noteId = noteBy(writer);
    api.delete("/api/v1/notes/" + noteId, writer.token()).expect(204);
    api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .problem(404, "exists");
  }

  @Test
  void writesBeyondTheRateLimitAre429WithRetryAfter() {
    Api.Who writer = api.writer();
    Api.Who rater = api.signUp();
    String path = "/api/v1/notes/" + noteBy(writer) + "/ratings/me";
    // The test context allows 25 writes per hour per contributor.
    for (int i = 0; i < 25; i++) {
      api.put(path, rater.token(), Map.of("helpfulnessLevel", i % 2 == 0 ? "HELPFUL" : "NOT_HELPFUL"));
    }
    Api.Response limited = api.put(path, rater.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .problem(429, "rateLimit.writes");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
    // Reads are not limited, and other contributors keep their own budget.
    api.get(path, rater.token()).expect(200);
    api.post("/api/v1/posts", writer.token(), Map.of("authorHandle", "a", "text", "t")).expect(201);
  }
}
