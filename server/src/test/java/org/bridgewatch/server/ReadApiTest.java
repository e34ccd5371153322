package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Reads: notes by post and status, status history with a reason, operations endpoints. */
class ReadApiTest extends IntegrationTest {

  @Test
  void notesAreListedByPostAndByStatusWithTheirHistory() {
    Api.Who w = api.writer();
    Api.Who w2 = api.writer();
    String postId = api.post(w);
    String a = api.writeNote(w, postId);
    String b = api.writeNote(w2, postId);
    JsonNode byPost = api.get("/api/v1/notes?postId=" + postId, null).expect(200).json();
    assertThat(byPost).extracting(n -> n.path("noteId").asText()).containsExactly(b, a);
    assertThat(byPost.get(0).path("status").asText()).isEqualTo("NEEDS_MORE_RATINGS");

    jdbc.sql("""
            INSERT INTO note_status_history (note_id, note_author_participant_id, created_at_millis,
              current_status, locked_status, current_decided_by)
            VALUES (:id, :pid, 1, 'CURRENTLY_RATED_HELPFUL', 'CURRENTLY_RATED_HELPFUL', 'CoreModel (v1.1)')
            """)
        .param("id", Long.parseLong(a)).param("pid", w.participantId()).update();
    JsonNode crh = api.get("/api/v1/notes?status=CURRENTLY_RATED_HELPFUL&limit=500", null).expect(200).json();
    assertThat(crh).extracting(n -> n.path("noteId").asText()).contains(a).doesNotContain(b);

    JsonNode status = api.get("/api/v1/notes/" + a + "/status", null).expect(200).json();
    assertThat(status.path("currentStatus").asText()).isEqualTo("CURRENTLY_RATED_HELPFUL");
    assertThat(status.path("reason").asText()).contains("Rated helpful").contains("locked");
    assertThat(status.path("columns").path("currentDecidedBy").asText()).isEqualTo("CoreModel (v1.1)");
    assertThat(api.get("/api/v1/notes/" + b + "/status", null).expect(200).json().path("reason").asText())
        .contains("not been scored");
  }

  @Test
  void badQueryParametersNameTheParameterAndRule() {
    var problem = api.get("/api/v1/notes?limit=501", null).problem(422, "limit.max").json();
    assertThat(problem.path("field").asText()).isEqualTo("limit");
    api.get("/api/v1/notes?status=NOT_A_STATUS", null).expect(400);
  }

  @Test
  void healthMetricsAndOpenApiAreServed() {
    assertThat(api.get("/actuator/health", null).expect(200).json().path("status").asText()).isEqualTo("UP");
    assertThat(api.get("/actuator/prometheus", null).expect(200).body()).contains("jvm_memory_used_bytes")
        .contains("http_server_requests");
    JsonNode openApi = api.get("/api/v1/openapi.json", null).expect(200).json();
    assertThat(openApi.path("paths").has("/api/v1/notes")).isTrue();
    assertThat(openApi.path("paths").has("/api/v1/export/{table}.tsv")).isTrue();
    assertThat(api.get("/api/v1/swagger-ui/index.html", null).expect(200).body()).contains("Swagger UI");
  }
}
