package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Health follows the store, a person is told when it is down, and the bot recovers on its own when it returns. */
@EndpointTest
// a short store timeout, so that an answer while the store is down comes within a test's patience
@TestPropertySource(properties = "strategy-bot.store-timeout=1s")
// it shuts the application's store down and starts one of its own in its place: no later class may use that
@DirtiesContext
class StoreOutageTest {

    static final String ADMIN = EndpointTest.ADMIN;

    @Autowired
    MongoServer embedded;
    @Autowired
    CacheManager caches;
    @Value("${strategy-bot.data-dir}")
    Path dataDir;

    FakeConnector connector;
    TeamsChat teams;
    Rest rest;

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
        return teams.propose(ADMIN, text);
    }

    private ObjectNode confirm(JsonNode card) {
        ObjectNode invoke = TeamsActivities.base(connector.url(), Conversation.PERSONAL, "invoke");
        TeamsChat.as(invoke, ADMIN);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode data = Serialization.createObjectNode().put("strategyBot", true)
                .put("proposalId", TeamsChat.proposalId(card)).put("verb", "confirmUpdate");
        invoke.putObject("value").putObject("action").put("type", "Action.Execute").put("verb", "confirmUpdate")
                .set("data", data);
        return invoke;
    }

    private String ask(String question) throws Exception {
        return teams.ask(TeamsChat.STAFF, question);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return teams.postActivity(body);
    }

    private int health() throws Exception {
        return rest.get("/actuator/health", null).statusCode();
    }
}
