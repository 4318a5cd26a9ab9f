package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.strategybot.system.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Health follows the store, a person is told when it is down, and the bot recovers on its own when it returns. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StoreOutageTest {

    static final String ADMIN = "00000000-0000-0000-0000-000000000003";
    static Path dataDir;
    static FakeConnector connector;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.freshDataDir(registry);
        connector = new FakeConnector();
        registry.add("strategy-bot.store-timeout", () -> "1s");
        registry.add("strategy-bot.admins", () -> ADMIN);
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @Autowired
    MongoServer embedded;
    @Autowired
    CacheManager caches;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndAnswersFollowTheStoreDownAndBackUp() throws Exception {
        assertThat(health()).isEqualTo(200);
        InetSocketAddress address = embedded.getLocalAddress();
        JsonNode card = propose("SP4 update: the ASYE cohort started on time. Status green.");

        embedded.shutdownNow();
        caches.getCache("strategies").clear();
        assertThat(health()).isEqualTo(503);
        assertThat(ask("what is our vision?")).contains("can't reach the strategy store").doesNotContain("Exception");

        // Confirm pressed as Action.Execute: the answer goes in the HTTP response, where the SDK would put a 500 and
        // the driver's message; Teams shows a message and keeps the card, so Confirm can be pressed again
        HttpResponse<String> confirm = post(confirm(card).toString());
        assertThat(confirm.statusCode()).isEqualTo(200);
        JsonNode answer = Serialization.jsonToTree(confirm.body());
        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(answer.path("value").asText()).contains("can't reach the strategy store").contains("Nothing was changed");
        assertThat(confirm.body()).doesNotContain("Exception").doesNotContain("Timed out").doesNotContain("127.0.0.1");

        MongoServer again = new MongoServer(new H2Backend(dataDir.resolve("strategy-bot.mv.db").toString()));
        again.bind(address.getHostString(), address.getPort());
        try {
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (health() != 200 && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertThat(health()).isEqualTo(200);
            assertThat(ask("what is our vision?")).contains("safe and cared for");
        } finally {
            again.shutdownNow();
        }
    }

    private JsonNode propose(String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), Conversation.PERSONAL, text);
        message.with("from").put("aadObjectId", ADMIN).put("id", "29:0003").put("name", "Ada Admin");
        int mark = connector.mark();
        assertThat(post(message.toString()).statusCode()).isBetween(200, 202);
        List<Call> calls = connector.awaitSince(mark, 1, Duration.ofSeconds(10));
        assertThat(calls).hasSize(1);
        return calls.get(0).body().path("attachments").path(0).path("content");
    }

    private ObjectNode confirm(JsonNode card) {
        ObjectNode invoke = TeamsActivities.base(connector.url(), Conversation.PERSONAL, "invoke");
        invoke.with("from").put("aadObjectId", ADMIN).put("id", "29:0003").put("name", "Ada Admin");
        invoke.put("name", "adaptiveCard/action");
        ObjectNode data = Serialization.createObjectNode().put("strategyBot", true)
                .put("proposalId", card.findValue("proposalId").asText()).put("verb", "confirmUpdate");
        invoke.putObject("value").putObject("action").put("type", "Action.Execute").put("verb", "confirmUpdate")
                .set("data", data);
        return invoke;
    }

    private String ask(String question) throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = post(TeamsActivities.message(connector.url(), Conversation.PERSONAL, question).toString());
        assertThat(response.statusCode()).isBetween(200, 202);
        List<Call> calls = connector.awaitSince(mark, 1, Duration.ofSeconds(10));
        assertThat(calls).hasSize(1);
        return calls.get(0).flatText();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
