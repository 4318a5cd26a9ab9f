package org.strategybot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.strategy.StrategyCatalog;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** A configured MongoDB URI is used as it is, and the embedded store does not start. */
@SpringBootTest
class ConfiguredStoreTest {

    /** Stands in for a MongoDB server elsewhere: none can be installed here. */
    static final MongoServer elsewhere = new MongoServer(H2Backend.inMemory());

    static String uri;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        uri = elsewhere.bindAndGetConnectionString();
        registry.add("spring.mongodb.uri", () -> uri);
    }

    @AfterAll
    static void stop() {
        elsewhere.shutdownNow();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    StrategyCatalog catalog;

    @Test
    void theConfiguredServerHoldsTheStrategiesAndNoEmbeddedServerRuns() {
        assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
        assertThat(catalog.ids()).contains("wokingham-2021-24");
        try (MongoClient client = MongoClients.create(uri)) {
            assertThat(client.getDatabase("strategy-bot").getCollection("strategies").countDocuments()).isEqualTo(3);
        }
    }
}
