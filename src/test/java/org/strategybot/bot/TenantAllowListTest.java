package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Only the configured tenants' Teams are served; others get 403 and no answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantAllowListTest {

    static FakeConnector connector;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        TestStore.freshDataDir(registry);
        connector = new FakeConnector();
        registry.add("strategy-bot.allowed-tenants", () -> TeamsActivities.TENANT.toUpperCase());
    }

    @AfterAll
    static void stop() {
        connector.close();
    }

    @LocalServerPort
    int port;

    @Test
    void anAllowedTenantIsAnsweredAndAnotherIsRefused() throws Exception {
        int mark = connector.mark();
        assertThat(post(TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?")).statusCode())
                .isBetween(200, 202);
        assertThat(connector.awaitSince(mark, 1, Duration.ofSeconds(10))).hasSize(1);

        ObjectNode stranger = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?");
        stranger.with("conversation").put("tenantId", "99999999-9999-9999-9999-999999999999");
        stranger.with("channelData").with("tenant").put("id", "99999999-9999-9999-9999-999999999999");
        int before = connector.mark();
        HttpResponse<String> refused = post(stranger);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("does not serve your organisation");
        assertThat(connector.awaitSince(before, 1, Duration.ofMillis(300))).isEmpty();

        ObjectNode none = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?");
        none.with("conversation").remove("tenantId");
        none.remove("channelData");
        assertThat(post(none).statusCode()).as("no tenant at all").isEqualTo(403);
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
