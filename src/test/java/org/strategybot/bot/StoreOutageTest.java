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

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Health follows the store, a person is told when it is down, and the bot recovers on its own when it returns. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StoreOutageTest {

    static Path dataDir;
    static FakeConnector connector;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.freshDataDir(registry);
        connector = new FakeConnector();
        registry.add("strategy-bot.store-timeout", () -> "1s");
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

        embedded.shutdownNow();
        caches.getCache("strategies").clear();
        assertThat(health()).isEqualTo(503);
        assertThat(ask("what is our vision?")).contains("can't reach the strategy store").doesNotContain("Exception");

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
