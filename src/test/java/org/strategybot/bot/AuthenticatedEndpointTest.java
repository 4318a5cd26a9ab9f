package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.strategybot.system.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;

/** With an app id configured the endpoint is no longer anonymous. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticatedEndpointTest {

    static FakeConnector connector;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        connector = new FakeConnector();
        TestStore.freshDataDir(registry);
        registry.add("strategy-bot.bot.app-id", () -> "6a3f0c1e-0000-4000-8000-000000000001");
        registry.add("strategy-bot.bot.app-password", () -> "not-a-real-secret");
        registry.add("strategy-bot.bot.app-tenant-id", () -> TeamsActivities.TENANT);
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @LocalServerPort
    int port;

    @Test
    void anActivityWithoutABotFrameworkTokenIsUnauthorisedAndUnanswered() throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?").toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not authorised").doesNotContain("Exception");
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(300))).isEmpty();
    }
}
