package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignupAndAuthApiTest extends IntegrationTest {

  @Test
  void signUpOffersFiveDistinctAliasesAndKeepsTheChosenOne() {
    JsonNode offer = api.post("/api/v1/signup/aliases", null, Map.of()).expect(200).json();
    Set<String> aliases = new HashSet<>();
    offer.path("aliases").forEach(a -> aliases.add(a.asText()));
    assertThat(aliases).hasSize(5).allMatch(a -> a.matches("[a-z]+-[a-z]+-[a-z]+"));
    String chosen = offer.path("aliases").get(3).asText();

    JsonNode made = api.post("/api/v1/signup", null, Map.of("offerId", offer.path("offerId").asText(), "alias", chosen))
        .expect(201).json();
    assertThat(made.path("alias").asText()).isEqualTo(chosen);
    assertThat(made.path("participantId").asText()).matches("[0-9A-F]{64}");
    assertThat(made.path("token").asText()).startsWith("bw_");

    JsonNode me = api.get("/api/v1/contributors/me", made.path("token").asText()).expect(200).json();
    assertThat(me.path("alias").asText()).isEqualTo(chosen);
    assertThat(me.path("participantId").asText()).isEqualTo(made.path("participantId").asText());
    assertThat(me.path("enrollmentState").asText()).isEqualTo("newUser");
    assertThat(me.path("canWrite").asBoolean()).isFalse();
    assertThat(me.path("ratingImpactNeededToEarnIn").asInt()).isEqualTo(5);
  }

  @Test
  void anAliasThatWasNotOfferedIsRefused() {
    JsonNode offer = api.post("/api/v1/signup/aliases", null, Map.of()).expect(200).json();
    api.post("/api/v1/signup", null, Map.of("offerId", offer.path("offerId").asText(), "alias", "my-own-pick"))
        .problem(422, "alias.offered");
  }

  @Test
  void anOfferIsUsedOnce() {
    JsonNode offer = api.post("/api/v1/signup/aliases", null, Map.of()).expect(200).json();
    String offerId = offer.path("offerId").asText();
    api.post("/api/v1/signup", null, Map.of("offerId", offerId, "alias", offer.path("aliases").get(0).asText()))
        .expect(201);
    api.post("/api/v1/signup", null, Map.of("offerId", offerId, "alias", offer.path("aliases").get(1).asText()))
        .problem(422, "offerId.valid");
  }

  @Test
  void theTokenIsStoredOnlyAsAHash() {
    Api.Who who = api.signUp();
    long plain = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :t").param("t", who.token())
        .query(Long.class).single();
    String stored = jdbc.sql("SELECT token_hash FROM api_tokens WHERE contributor_id = :id").param("id", who.id())
        .query(String.class).single();
    assertThat(plain).isZero();
    assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(who.token());
  }

  @Test
  void writesWithoutATokenAre401() {
    api.post("/api/v1/posts", null, Map.of("authorHandle", "a", "text", "t")).problem(401, "auth.required");
    api.get("/api/v1/contributors/me", null).problem(401, "auth.required");
  }

  @Test
  void anUnknownTokenIs401() {
    api.get("/api/v1/contributors/me", "bw_not-a-real-token").problem(401, "auth.required");
  }

  @Test
  void publicReadsNeedNoToken() {
    Api.Who who = api.signUp();
    String postId = api.post(who);
    api.get("/api/v1/posts/" + postId, null).expect(200);
  }

  @Test
  void anotherContributorsResourcesAre403() {
    Api.Who owner = api.writer();
    Api.Who other = api.writer();
    String noteId = api.writeNote(owner, api.post(owner));
    api.delete("/api/v1/notes/" + noteId, other.token()).problem(403, "note.owner");

    long ownerTokenId = api.get("/api/v1/contributors/me/tokens", owner.token()).expect(200).json().get(0)
        .path("id").asLong();
    api.delete("/api/v1/contributors/me/tokens/" + ownerTokenId, other.token()).problem(403, "token.owner");
    api.get("/api/v1/contributors/me", owner.token()).expect(200);
  }

  @Test
  void aRevokedTokenStopsWorking() {
    Api.Who who = api.signUp();
    String second = api.post("/api/v1/contributors/me/tokens", who.token(), Map.of("name", "bot"))
        .expect(201).json().path("token").asText();
    api.get("/api/v1/contributors/me", second).expect(200);
    long secondId = api.get("/api/v1/contributors/me/tokens", who.token()).json().get(1).path("id").asLong();
    api.delete("/api/v1/contributors/me/tokens/" + secondId, who.token()).expect(204);
    api.get("/api/v1/contributors/me", second).problem(401, "auth.required");
    api.get("/api/v1/contributors/me", who.token()).expect(200);
  }

  @Test
  void aTokenRevokedOutsideTheServerStopsWorkingWithinTheCacheTtl() throws InterruptedException {
    Api.Who who = api.signUp();
    api.get("/api/v1/contributors/me", who.token()).expect(200); // verified and remembered
    jdbc.sql("UPDATE api_tokens SET revoked_at_millis = 1 WHERE contributor_id = :id")
        .param("id", who.id()).update();
    // Another node (or an administrator) revoked it: this node still trusts what it verified...
    api.get("/api/v1/contributors/me", who.token()).expect(200);
    // ...until the entry expires (bridgewatch.auth.token-cache-ttl, 2 s in these tests).
    long deadline = System.nanoTime() + 10_000_000_000L;
    int status;
    do {
      Thread.sleep(200);
      status = api.get("/api/v1/contributors/me", who.token()).status();
    } while (status == 200 && System.nanoTime() < deadline);
    assertThat(status).isEqualTo(401);
  }
}
