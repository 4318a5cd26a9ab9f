package org.strategybot.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.system.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API and the actuator need an API key; health probes and the bot's own endpoint do not. */
@EndpointTest
class ApiAccessTest {

    Rest rest;

    @ParameterizedTest(name = "{0} without a key")
    @ValueSource(strings = {"/api/priorities", "/api/actions", "/api/strategies", "/api/updates", "/api/export/actions.csv",
            "/api/digest/deliveries", "/api/openapi", "/api/docs/swagger-ui/index.html", "/api/openapi/swagger-config",
            "/actuator/prometheus", "/actuator/metrics", "/actuator/info"})
    void everythingButHealthAndTheBotNeedsAKey(String path) throws Exception {
        HttpResponse<String> none = rest.get(path, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.shared().readTree(none.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.path("detail").asText()).contains("X-API-Key").contains("bearer token");
        assertThat(rest.get(path, "wrong-key").statusCode()).isEqualTo(401);
        assertThat(rest.get(path, TestStore.API_KEY).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/swagger-ui/index.html", "/swagger-ui.html", "/v3/api-docs"})
    void theApiDescriptionAndItsPageAreNotAlsoServedOutsideTheApi(String path) throws Exception {
        assertThat(rest.get(path, null).statusCode()).isEqualTo(404);
        assertThat(rest.get(path, TestStore.API_KEY).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/actuator/health, 200", "/actuator/health/liveness, 200", "/actuator/health/readiness, 200"})
    void healthStaysOpenForProbes(String path, int status) throws Exception {
        assertThat(rest.get(path, null).statusCode()).isEqualTo(status);
    }
}
