package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.pipeline.PhaseListener;
import org.bridgewatch.scoring.pipeline.ScoringOptions;
import org.bridgewatch.scoring.pipeline.ScoringPipeline;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import org.bridgewatch.server.demo.CommunityImporter;
import org.bridgewatch.server.scoring.ScoringRunner;
import org.bridgewatch.server.scoring.SnapshotWriter;
import org.bridgewatch.server.security.ApiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole life of a note over real HTTP: a newcomer rates until a scoring run earns them in,
 * writes a note, raters from both sides of the community rate it, scoring runs make it helpful
 * with explanation tags, and re-scoring the public export gives exactly the statuses the server
 * shows. The community is the synthetic generator's, imported as the demo imports it.
 */
class LifeOfANoteApiTest extends IntegrationTest {
  private static final long SEED = 7;

  @Autowired CommunityImporter importer;
  @Autowired ApiTokens tokens;
  @Autowired ScoringRunner runner;
  @Autowired SnapshotWriter snapshots;

  @TempDir Path tmp;

  @Test
  void fromSignUpToHelpfulAndTheExportRescoresToTheSameStatuses() throws IOException {
    Api.Who operator = operator();
    Path generated = tmp.resolve("community");
    long now = System.currentTimeMillis();
    new SyntheticDataGenerator(SynthConfig.of(150, 100, 4_000, SEED).withEndMillis(now - 2 * HOUR)
        .withDays(1.4).withNoteStatusHistory(false)).generate(generated, (d, t) -> {});
    importer.importDirectory(generated);

    // A newcomer rates notes that the community is about to find helpful.
    Api.Who newcomer = api.signUp();
    List<Long> soonHelpful = notesScoringHelpful(generated, now);
    assertThat(soonHelpful).hasSizeGreaterThanOrEqualTo(8);
    for (long noteId : soonHelpful.subList(0, 8)) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", newcomer.token(),
          Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("helpfulGoodSources"))).expect(201);
    }
    assertThat(me(newcomer).path("enrollmentState").asText()).isEqualTo("newUser");

    // First run: newly helpful notes wait out the minimum stable CRH time, so nothing is earned yet.
    JsonNode first = runScoring(operator);
    assertThat(first.path("inputNotes").asLong()).isGreaterThanOrEqualTo(140);
    assertThat(first.path("inputHash").asText()).hasSize(64);
    assertThat(first.path("seed").asLong()).isEqualTo(42);
    assertThat(me(newcomer).path("enrollmentState").asText()).isEqualTo("newUser");
    stabilizationPeriodsBeganHoursAgo(2);

    // Second run: the notes show as helpful; the newcomer's ratings were successful: earned in.
    JsonNode second = runScoring(operator);
    List<Long> shownNow = soonHelpful.subList(0, 8).stream().filter(n -> "CURRENTLY_RATED_HELPFUL".equals(
            api.get("/api/v1/notes/" + n, null).expect(200).json().path("status").asText())).toList();
    assertThat(shownNow).isNotEmpty();
    for (long note : shownNow) {
      JsonNode shownAfterWait = changes(note);
      assertThat(shownAfterWait).as("waiting is no status change; being shown is, recorded by the second run")
          .hasSize(1);
      assertThat(shownAfterWait.get(0).path("runId").asLong()).isEqualTo(second.path("id").asLong());
      assertThat(shownAfterWait.get(0).path("changedAtMillis").asLong())
          .isEqualTo(second.path("epochMillis").asLong());
    }
    JsonNode me = me(newcomer);
    assertThat(me.path("ratingImpact").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(me.path("enrollmentState").asText()).isEqualTo("earnedIn");
    assertThat(me.path("canWrite").asBoolean()).isTrue();

    // The newcomer writes a note; raters from both sides of the community find it helpful.
    String noteId = api.writeNote(newcomer, api.post(newcomer));
    List<Api.Who> raters = ratersFromBothSides(10);
    for (Api.Who rater : raters) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL",
          "tags", List.of("helpfulGoodSources", "helpfulClear", "helpfulAddressesClaim"))).expect(201);
    }
    runScoring(operator);
    assertThat(api.get("/api/v1/notes/" + noteId, null).expect(200).json().path("status").asText())
        .as("held while it stabilizes").isEqualTo("NEEDS_MORE_RATINGS");
    stabilizationPeriodsBeganHoursAgo(2);
    JsonNode last = runScoring(operator);

    assertThat(api.get("/api/v1/notes/" + noteId, null).expect(200).json().path("status").asText())
        .isEqualTo("CURRENTLY_RATED_HELPFUL");
    JsonNode score = api.get("/api/v1/notes/" + noteId + "/score", null).expect(200).json();
    assertThat(score.path("status").asText()).isEqualTo("CURRENTLY_RATED_HELPFUL");
    assertThat(score.path("decidedBy").asText()).startsWith("CoreModel");
    assertThat(score.path("coreIntercept").asDouble()).isGreaterThanOrEqualTo(0.40);
    assertThat(score.path("explanationTags")).hasSize(2);
    assertThat(score.path("explanationTags").toString()).contains("helpful");
    assertThat(api.get("/api/v1/notes/" + noteId + "/status", null).expect(200).json().path("currentStatus").asText())
        .isEqualTo("CURRENTLY_RATED_HELPFUL");
    JsonNode becameHelpful = changes(Long.parseLong(noteId));
    assertThat(becameHelpful).hasSize(1);
    assertThat(becameHelpful.get(0).path("oldStatus").asText()).isEqualTo("NEEDS_MORE_RATINGS");
    assertThat(becameHelpful.get(0).path("newStatus").asText()).isEqualTo("CURRENTLY_RATED_HELPFUL");
    assertThat(becameHelpful.get(0).path("runId").asLong()).isEqualTo(last.path("id").asLong());
    assertThat(becameHelpful.get(0).path("decidedBy").asText()).startsWith("CoreModel");
    assertThat(becameHelpful.get(0).path("reason").asText())
        .contains("people who usually disagree in their ratings found this note helpful");

    // The circuit breaker: paused, the public sees no statuses; contributors still do.
    api.post("/api/v1/operator/display/pause", operator.token(), Map.of()).expect(200);
    try {
      assertThat(api.get("/api/v1/notes/" + noteId, null).json().path("status").asText())
          .isEqualTo("NEEDS_MORE_RATINGS");
      assertThat(api.get("/api/v1/notes/" + noteId + "/score", null).json().path("explanationTags")).isEmpty();
      assertThat(api.get("/api/v1/notes?status=CURRENTLY_RATED_HELPFUL", null).json()).isEmpty();
      assertThat(api.get("/api/v1/notes/" + noteId, newcomer.token()).json().path("status").asText())
          .isEqualTo("CURRENTLY_RATED_HELPFUL");
    } finally {
      api.post("/api/v1/operator/display/resume", operator.token(), Map.of()).expect(200);
    }

    // The contract: re-score the public export with the run's epoch and seed, get the same statuses.
    api.put("/api/v1/operator/settings", operator.token(), Map.of("exportDelay", "PT0S")).expect(200);
    try {
      JsonNode latest = api.get("/api/v1/scoring/latest", null).expect(200).json();
      assertThat(latest.path("runId").asLong()).isEqualTo(last.path("id").asLong());
      assertThat(latest.path("exportCoversRun").asBoolean()).isTrue();
      Path export = tmp.resolve("export");
      Files.createDirectories(export);
      for (String table : List.of("notes", "ratings", "noteStatusHistory", "userEnrollment", "noteRequests")) {
        Files.writeString(export.resolve(table + "-00000.tsv"),
            api.get("/api/v1/export/" + table + ".tsv", null).expect(200).body(), StandardCharsets.UTF_8);
      }
      Map<Long, String> rescored = finalStatuses(score(export, latest.path("epochMillis").asLong(),
          latest.path("seed").asLong()));
      Map<Long, String> shown = new HashMap<>();
      jdbc.sql("SELECT note_id, current_status FROM note_status_history").query((rs, i) -> {
        shown.put(rs.getLong(1), rs.getString(2));
        return null;
      }).list();
      assertThat(rescored).hasSizeGreaterThanOrEqualTo(141);
      assertThat(rescored).containsEntry(Long.parseLong(noteId), "CURRENTLY_RATED_HELPFUL");
      for (Map.Entry<Long, String> e : rescored.entrySet()) {
        assertThat(shown.get(e.getKey())).as("note %d", e.getKey()).isEqualTo(e.getValue());
      }
      assertThat(rescored.values()).contains("CURRENTLY_RATED_HELPFUL");
    } finally {
      api.put("/api/v1/operator/settings", operator.token(), Map.of("exportDelay", "PT48H")).expect(200);
    }

    // The raters change their minds: the next run takes the helpful status away, and says why.
    for (Api.Who rater : raters) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "NOT_HELPFUL",
          "tags", List.of("notHelpfulSourcesMissingOrUnreliable", "notHelpfulIncorrect"))).expect(200);
    }
    JsonNode after = runScoring(operator);
    String statusAfter = api.get("/api/v1/notes/" + noteId, null).expect(200).json().path("status").asText();
    assertThat(statusAfter).isIn("CURRENTLY_RATED_NOT_HELPFUL", "NEEDS_MORE_RATINGS");
    JsonNode history = changes(Long.parseLong(noteId));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).path("newStatus").asText()).isEqualTo("CURRENTLY_RATED_HELPFUL");
    JsonNode lost = history.get(1);
    assertThat(lost.path("runId").asLong()).isEqualTo(after.path("id").asLong());
    assertThat(lost.path("oldStatus").asText()).isEqualTo("CURRENTLY_RATED_HELPFUL");
    assertThat(lost.path("newStatus").asText()).isEqualTo(statusAfter);
    assertThat(lost.path("reason").asText()).contains(statusAfter.equals("NEEDS_MORE_RATINGS")
        ? "No longer rated helpful" : "raters from different perspectives found this note not helpful");
  }

  @Test
  void aRunThatFailsBeforeItsCommitChangesNothing() {
    Api.Who operator = operator();
    Api.Who w = api.writer();
    String noteId = api.writeNote(w, api.post(w));
    Api.Who rater = api.signUp();
    api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL"))
        .expect(201);
    List<String> before = databaseState();
    runner.setBeforeCommit(() -> {
      throw new IllegalStateException("killed after the engine ran");
    });
    JsonNode failed;
    try {
      failed = runScoring(operator, "FAILED");
    } finally {
      runner.setBeforeCommit(null);
    }
    assertThat(failed.path("errorMessage").asText()).contains("killed after the engine ran");
    assertThat(failed.path("inputNotes").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(databaseState()).isEqualTo(before);
    assertThat(historyRowOf(noteId)).isZero();

    runScoring(operator);
    assertThat(historyRowOf(noteId)).isOne();
  }

  @Test
  void operatorEndpointsAreForOperatorsOnly() {
    Api.Who contributor = api.signUp();
    api.get("/api/v1/operator/scoring/runs", null).problem(401, "auth.required");
    api.get("/api/v1/operator/scoring/runs", contributor.token()).problem(403, "auth.forbidden");
    api.post("/api/v1/operator/scoring/runs", contributor.token(), Map.of()).problem(403, "auth.forbidden");
    api.put("/api/v1/operator/settings", contributor.token(), Map.of("displayPaused", true))
        .problem(403, "auth.forbidden");
    Api.Who operator = operator();
    api.put("/api/v1/operator/settings", operator.token(), Map.of("scoringInterval", "PT10S"))
        .problem(422, "scoringInterval.min");
    api.put("/api/v1/operator/settings", operator.token(), Map.of("exportDelay", "two days"))
        .problem(422, "exportDelay.duration");
    JsonNode settings = api.put("/api/v1/operator/settings", operator.token(), Map.of("scoringInterval", "PT2H"))
        .expect(200).json();
    assertThat(settings.path("scoringInterval").asText()).isEqualTo("PT2H");
    assertThat(settings.path("exportDelay").asText()).isEqualTo("PT48H");
    assertThat(settings.path("displayPaused").asBoolean()).isFalse();
    api.get("/api/v1/operator/scoring/runs/999999", operator.token()).problem(404, "exists");
  }

  // ---- helpers ----

  private Api.Who operator() {
    Api.Who who = api.signUp();
    makeOperator(who.id(), who.alias());
    return who;
  }

  private JsonNode me(Api.Who who) {
    return api.get("/api/v1/contributors/me", who.token()).expect(200).json();
  }

  /** The note's recorded status changes, oldest first, as the API serves them. */
  private JsonNode changes(long noteId) {
    return api.get("/api/v1/notes/" + noteId + "/status", null).expect(200).json().path("changes");
  }

  private JsonNode runScoring(Api.Who operator) {
    return runScoring(operator, "SUCCEEDED");
  }

  /**
   * Triggers a run through the API and polls it until it ends. Only one run may run at a time, and
   * other tests in this server (the operator console's start button) may have one going: on 409
   * the run that holds the lock is waited for, then the request is repeated.
   */
  private JsonNode runScoring(Api.Who operator, String expectedOutcome) {
    long deadline = System.currentTimeMillis() + 180_000;
    Api.Response response;
    while ((response = api.post("/api/v1/operator/scoring/runs", operator.token(), Map.of())).status() == 409) {
      response.problem(409, "scoring.running");
      assertThat(System.currentTimeMillis()).as("another run still running").isLessThan(deadline);
      pause();
    }
    JsonNode started = response.expect(202).json();
    long id = started.path("id").asLong();
    while (true) {
      JsonNode run = api.get("/api/v1/operator/scoring/runs/" + id, operator.token()).expect(200).json();
      if (!run.path("outcome").asText().equals("RUNNING")) {
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo(expectedOutcome);
        assertThat(run.path("epochMillis").asLong()).isPositive();
        return run;
      }
      assertThat(System.currentTimeMillis()).as("run %d still running", id).isLessThan(deadline);
      pause();
    }
  }

  /** The poll interval while a run is going (the API has no push for run completion). */
  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Notes of the generated community (not of other tests sharing the database, whose notes may
   * have been scored already) that the core model finds helpful on their own.
   */
  private List<Long> notesScoringHelpful(Path generated, long now) throws IOException {
    java.util.Set<Long> ours = new java.util.HashSet<>();
    for (long id : PublicDataReader.read(InputPaths.fromDirectory(generated)).notes().noteId) {
      ours.add(id);
    }
    Path snapshot = tmp.resolve("preview");
    Files.createDirectories(snapshot);
    snapshots.write(snapshot, now);
    ScoringResult result = score(snapshot, now, 42);
    MetaScoringResult meta = result.meta();
    List<Long> helpful = new ArrayList<>();
    for (int i = 0; i < meta.size; i++) {
      int note = meta.history.note[i];
      if (note >= 0 && ours.contains(meta.history.noteId[i])
          && meta.preStabilizationRatingStatus[i] == NoteStatus.CURRENTLY_RATED_HELPFUL.code()
          && result.core().noteIntercept()[note] > 0.45f) {
        helpful.add(meta.history.noteId[i]);
      }
    }
    return helpful;
  }

  /** Imported raters with the most positive and the most negative core factors, with tokens. */
  private List<Api.Who> ratersFromBothSides(int perSide) {
    List<Api.Who> raters = new ArrayList<>();
    for (String order : List.of("ASC", "DESC")) {
      raters.addAll(jdbc.sql("SELECT id, participant_id, alias FROM contributors WHERE core_rater_factor IS NOT NULL"
              + " AND core_rater_intercept BETWEEN -0.2 AND 0.4 ORDER BY core_rater_factor " + order
              + " LIMIT :n")
          .param("n", perSide)
          .query((rs, i) -> new Api.Who(tokens.issue(rs.getLong(1), "test").token(), rs.getString(2),
              rs.getString(3), rs.getLong(1)))
          .list());
    }
    return raters;
  }

  private static ScoringResult score(Path dir, long epochMillis, long seed) {
    ScoringInput input = PublicDataReader.read(InputPaths.fromDirectory(dir));
    return new ScoringPipeline(new ScoringOptions(seed, epochMillis, true, 2, null), PhaseListener.NONE).run(input);
  }

  private static Map<Long, String> finalStatuses(ScoringResult result) {
    MetaScoringResult meta = result.meta();
    Map<Long, String> statuses = new HashMap<>();
    for (int i = 0; i < meta.size; i++) {
      statuses.put(meta.history.noteId[i], NoteStatus.ofCode(meta.finalRatingStatus[i]).name());
    }
    return statuses;
  }

  private List<String> databaseState() {
    List<String> rows = new ArrayList<>();
    rows.addAll(jdbc.sql("SELECT * FROM note_status_history ORDER BY note_id").query((rs, i) -> row(rs)).list());
    rows.addAll(jdbc.sql("SELECT * FROM note_scores ORDER BY note_id").query((rs, i) -> row(rs)).list());
    rows.addAll(jdbc.sql("SELECT * FROM note_status_changes ORDER BY id").query((rs, i) -> row(rs)).list());
    rows.addAll(jdbc.sql("""
            SELECT id, enrollment_state, successful_rating_needed_to_earn_in, timestamp_of_last_state_change,
              number_of_times_earned_out, writing_impact, rating_impact, core_rater_intercept, core_rater_factor
            FROM contributors ORDER BY id
            """).query((rs, i) -> row(rs)).list());
    return rows;
  }

  private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
    StringBuilder b = new StringBuilder();
    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
      b.append(rs.getString(c)).append('|');
    }
    return b.toString();
  }

  private long historyRowOf(String noteId) {
    return jdbc.sql("SELECT COUNT(*) FROM note_status_history WHERE note_id = :id")
        .param("id", Long.parseLong(noteId)).query(Long.class).single();
  }
}
