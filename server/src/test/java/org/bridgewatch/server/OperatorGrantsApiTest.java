package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorGrantsApiTest extends IntegrationTest {

  private Api.Who operator() {
    Api.Who who = api.signUp();
    makeOperator(who.id(), who.alias());
    return who;
  }

  private static List<String> aliases(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(a -> out.add(a.asText()));
    return out;
  }

  @Test
  void anOperatorGrantsAndRevokesOperatorRightsByAlias() {
    Api.Who operator = operator();
    Api.Who helper = api.signUp();
    String helperPath = "/api/v1/operator/operators/" + helper.alias();
    api.get("/api/v1/operator/settings", helper.token()).expect(403);

    JsonNode after = api.put(helperPath, operator.token(), "").expect(200).json();
    assertThat(aliases(after)).contains(operator.alias(), helper.alias());
    // The helper's existing token carries the new role on its next request.
    api.get("/api/v1/operator/settings", helper.token()).expect(200);
    api.put(helperPath, operator.token(), "").expect(200); // granting twice changes nothing

    assertThat(aliases(api.delete(helperPath, operator.token()).expect(200).json())).doesNotContain(helper.alias());
    api.get("/api/v1/operator/settings", helper.token()).expect(403);
    assertThat(aliases(api.get("/api/v1/operator/operators", operator.token()).expect(200).json()))
        .contains(operator.alias()).doesNotContain(helper.alias());
  }

  @Test
  void onlyOperatorsGrantAndUnknownAliasesAreNotFound() {
    Api.Who operator = operator();
    Api.Who contributor = api.signUp();
    api.put("/api/v1/operator/operators/" + contributor.alias(), contributor.token(), "").expect(403);
    api.put("/api/v1/operator/operators/" + contributor.alias(), null, "").expect(401);
    api.put("/api/v1/operator/operators/no-such-alias-here", operator.token(), "").problem(404, "exists");
  }

  @Test
  void theLastOperatorCannotBeRevoked() {
    Api.Who operator = operator();
    awaitNoScoringRun();
    jdbc.sql("UPDATE contributors SET operator = FALSE WHERE id <> :id").param("id", operator.id()).update();
    api.delete("/api/v1/operator/operators/" + operator.alias(), operator.token()).problem(409, "operators.last");
    assertThat(aliases(api.get("/api/v1/operator/operators", operator.token()).expect(200).json()))
        .containsExactly(operator.alias());
  }
}
